import { createHash, randomBytes } from 'node:crypto'
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** SHA-1 of some bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/**
 * Replaces a file's contents atomically: writes a temporary file beside it, gives it the
 * original's mode, checks that the original still holds the bytes it was read with, and
 * renames over it. The only function of the tool that writes a document.
 * Throws when the file changed since it was read; the original is then left untouched.
 */
export async function writeAtomic(path: string, bytes: Uint8Array, expectedHash: string): Promise<void> {
  const { mode } = await stat(path)
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, bytes, { flag: 'wx', mode })
    await chmod(temp, mode)
    if (hashBytes(await readFile(path)) !== expectedHash) throw new Error('changed on disk since it was read; not fixed')
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
