import { createHash, randomBytes } from 'node:crypto'
import { chmod, chown, lstat, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { isWithin } from './confine.js'

/** SHA-1 of some bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/**
 * Why a document must not be rewritten in place, or undefined when it may be: a symbolic link
 * (replacing it would turn it into a copy), one of several hard links (replacing it would split
 * them), a read-only file, or a file reached through a link to a folder outside `cwd`.
 */
export async function whyNotRewritten(path: string, cwd: string): Promise<string | undefined> {
  const info = await lstat(path)
  if (info.isSymbolicLink()) return 'it is a symbolic link (fix the file it points to)'
  if (info.nlink > 1) return `it is one of ${info.nlink} hard links to one file, which a rewrite would split`
  if ((info.mode & 0o222) === 0) return 'it is read-only'
  const folder = resolve(dirname(path))
  const real = await realpath(folder)
  if (real !== folder && !isWithin(real, await realpath(cwd))) return 'it is reached through a symbolic link to a folder outside the working directory'
  return undefined
}

/**
 * Replaces a file's contents atomically: writes a temporary file beside it, gives it the
 * original's mode and owner, checks that the original still holds the bytes it was read with,
 * and renames over it. The only function of the tool that writes a document.
 * Throws when the file changed since it was read, or its owner cannot be kept; the original is
 * then left untouched.
 */
export async function writeAtomic(path: string, bytes: Uint8Array, expectedHash: string): Promise<void> {
  const { mode, uid, gid } = await stat(path)
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, bytes, { flag: 'wx', mode })
    await chmod(temp, mode)
    if (process.getuid && (uid !== process.getuid() || gid !== process.getgid?.())) {
      await chown(temp, uid, gid).catch(() => { throw new Error('cannot keep its owner and group; not fixed') })
    }
    if (hashBytes(await readFile(path)) !== expectedHash) throw new Error('changed on disk since it was read; not fixed')
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/**
 * Writes a new file or replaces one through a temporary file and a rename, so that a reader
 * never sees half of it. Refuses to write through a symbolic link to a file: a link planted
 * where a report goes must not point the write at another file.
 */
export async function replaceFile(path: string, bytes: Uint8Array | string): Promise<void> {
  // A stream (`--output /dev/stdout`, /dev/null, a FIFO) is written as it is; it cannot be renamed over.
  const target = await stat(path).catch(() => undefined)
  if (target?.isCharacterDevice() || target?.isFIFO()) return writeFile(path, bytes)
  if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) {
    throw Object.assign(new Error('it is a symbolic link (remove it, or name the file it points to)'), { code: 'ESYMLINK' })
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, bytes, { flag: 'wx' })
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
