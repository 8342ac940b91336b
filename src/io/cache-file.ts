import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { readBoundedFile } from './read-bounded.js'

/** The cache file's name when --cache-location names a directory. */
export const CACHE_FILE = '.audit-reconcile-cache'

/** Marks the file as ours, so that a file of something else is not mistaken for a cache. */
const MAGIC = Buffer.from('audit-reconcile-cache\n')
const MAC_LENGTH = 32
/** A cache of 100,000 documents is well under this; a larger file is not read. */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024

/**
 * Where caches and their key live unless --cache-location says otherwise: the user's cache
 * directory ($XDG_CACHE_HOME, else ~/.cache), outside any checkout, so that a file committed to
 * a repository is never read as a cache.
 */
export function cacheDirectory(): string {
  const xdg = process.env.XDG_CACHE_HOME
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'audit-reconcile')
}

/**
 * The cache file a --cache-location means: a path ending in a separator, or an existing
 * directory, holds `.audit-reconcile-cache`; anything else is the file itself. Without one, a
 * file per working directory in cacheDirectory().
 */
export async function cacheFilePath(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return join(cacheDirectory(), `${createHash('sha256').update(resolve(cwd)).digest('hex').slice(0, 32)}.cache`)
  const path = resolve(cwd, location)
  const isDir = location.endsWith('/') || location.endsWith(sep) || (await stat(path).catch(() => undefined))?.isDirectory() === true
  return isDir ? join(path, CACHE_FILE) : path
}

/**
 * The secret every cache file is signed with, kept in cacheDirectory() (created once, readable by
 * its owner only): a cache file anyone could write, such as one committed to the checkout, is
 * then no cache. Undefined when it cannot be read or made.
 */
async function cacheSecret(): Promise<Buffer | undefined> {
  const file = join(cacheDirectory(), 'secret')
  const read = async () => {
    const bytes = await readBoundedFile(file, 256)
    return bytes.length >= 32 ? bytes : undefined
  }
  try {
    return await read()
  } catch {
    try {
      await mkdir(dirname(file), { recursive: true, mode: 0o700 })
      await writeFile(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 })
    } catch {
      // Another run made it first, or it cannot be made: either way, read what is there.
    }
    return read().catch(() => undefined)
  }
}

const mac = (secret: Buffer, payload: Uint8Array) => createHmac('sha256', secret).update(payload).digest()

/**
 * The data in a cache file, or undefined when there is none, it cannot be read, or it was not
 * written by this tool with this user's secret: a bad or foreign cache is never fatal, and never
 * deserialized.
 */
export async function readCacheFile(file: string): Promise<unknown> {
  try {
    const bytes = await readBoundedFile(file, MAX_CACHE_BYTES)
    if (bytes.length < MAGIC.length + MAC_LENGTH || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined
    const secret = await cacheSecret()
    if (!secret) return undefined
    const payload = bytes.subarray(MAGIC.length + MAC_LENGTH)
    if (!timingSafeEqual(bytes.subarray(MAGIC.length, MAGIC.length + MAC_LENGTH), mac(secret, payload))) return undefined
    return deserialize(payload)
  } catch {
    return undefined
  }
}

/**
 * Writes the cache through a temporary file and a rename, so that a run stopped half-way, or two
 * runs at once, never leave a torn file. Resolves to an error message instead of throwing.
 */
export async function writeCacheFile(file: string, data: unknown): Promise<string | undefined> {
  const secret = await cacheSecret()
  if (!secret) return `cannot write the cache ${file}: no key to sign it with in ${cacheDirectory()}`
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(dirname(file), { recursive: true })
    const payload = serialize(data)
    await writeFile(temp, Buffer.concat([MAGIC, mac(secret, payload), payload]), { mode: 0o600 })
    await rename(temp, file)
    return undefined
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    return `cannot write the cache ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
  }
}
