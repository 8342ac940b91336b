import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'

/** The bytes of one document (and when it was last modified), or why they could not be read. */
export type Source = { path: string; bytes: Uint8Array; mtime?: Date } | { path: string; error: string }

const REASONS: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory, not a file',
  EACCES: 'Permission denied',
  EPERM: 'Permission denied',
  ELOOP: 'Too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'File name too long',
}

/** Reads a file's bytes; never throws for a file that cannot be read. */
export async function readSource(path: string, cwd: string): Promise<Source> {
  try {
    const file = resolve(cwd, path)
    const [bytes, info] = await Promise.all([readFile(file), stat(file)])
    return { path, bytes, mtime: info.mtime }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    return { path, error: REASONS[code] ?? `Cannot read file (${code || String(error)})` }
  }
}
