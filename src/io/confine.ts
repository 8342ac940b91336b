import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'

/** A folder that exists, by its real path (symlinks resolved), or why it cannot be one. */
export async function realFolder(dir: string, cwd: string): Promise<{ path: string } | { error: string }> {
  const path = resolve(cwd, dir)
  try {
    const real = await realpath(path)
    if (!(await stat(real)).isDirectory()) return { error: `${dir}: not a directory` }
    return { path: real }
  } catch (error) {
    return { error: `${dir}: ${folderReason((error as NodeJS.ErrnoException).code)}` }
  }
}

function folderReason(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such directory'
  if (code === 'ELOOP') return 'too many symbolic links (a link loop?)'
  if (code === 'ENOTDIR') return 'not a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return `cannot open the directory (${code ?? 'unknown error'})`
}

/** Whether `path` is `dir` or lies below it, by the names alone (no file system). */
export function isWithin(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Where a path really lies and how large it is: its real path (every symlink resolved), or
 * undefined when it does not exist (then nothing can be read through it). `root` must be a
 * real path itself (see realFolder).
 */
export async function realPlace(path: string, cwd: string, root: string): Promise<{ inside: boolean; size: number } | undefined> {
  try {
    const real = await realpath(resolve(cwd, path))
    return { inside: isWithin(real, root), size: (await stat(real)).size }
  } catch {
    return undefined
  }
}
