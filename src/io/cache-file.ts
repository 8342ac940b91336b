import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve, sep } from 'node:path'
import { deserialize, serialize } from 'node:v8'

/** The cache file's name when --cache-location names a directory, and the default location. */
export const CACHE_FILE = '.audit-reconcile-cache'

/** Marks the file as ours, so that a file of something else is not mistaken for a cache. */
const MAGIC = Buffer.from('audit-reconcile-cache\n')

/**
 * The cache file a --cache-location means: a path ending in a separator, or an existing
 * directory, holds `.audit-reconcile-cache`; anything else is the file itself.
 */
export async function cacheFilePath(location: string | undefined, cwd: string): Promise<string> {
  if (location === undefined) return resolve(cwd, CACHE_FILE)
  const path = resolve(cwd, location)
  const isDir = location.endsWith('/') || location.endsWith(sep) || (await stat(path).catch(() => undefined))?.isDirectory() === true
  return isDir ? join(path, CACHE_FILE) : path
}

/** The data in a cache file, or undefined when there is none or it cannot be read: a bad cache is never fatal. */
export async function readCacheFile(file: string): Promise<unknown> {
  try {
    const bytes = await readFile(file)
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined
    return deserialize(bytes.subarray(MAGIC.length))
  } catch {
    return undefined
  }
}

/**
 * Writes the cache through a temporary file and a rename, so that a run stopped half-way, or two
 * runs at once, never leave a torn file. Resolves to an error message instead of throwing.
 */
export async function writeCacheFile(file: string, data: unknown): Promise<string | undefined> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(dirname(file), { recursive: true })
    await writeFile(temp, Buffer.concat([MAGIC, serialize(data)]))
    await rename(temp, file)
    return undefined
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    return `cannot write the cache ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
  }
}
