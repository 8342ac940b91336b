import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { resolve } from 'node:path'

/** The bytes of one document (and when it was last modified), or why they could not be read. */
export type Source = { path: string; bytes: Uint8Array; mtime?: Date } | { path: string; error: string }

/** Limits on what is read. */
export interface ReadOptions {
  /** Files larger than this many bytes are skipped with a message; default DEFAULT_MAX_FILE_SIZE. */
  maxFileSize?: number
}

/** 20 MiB: twice the largest status document the benchmark generates, well past any written by hand. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024

const REASONS: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory, not a file',
  EACCES: 'Permission denied',
  EPERM: 'Permission denied',
  ELOOP: 'Too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'File name too long',
  ENXIO: 'Not a regular file (a socket or a FIFO with no writer), skipped',
}

/**
 * Reads a file's bytes; never throws for a file that cannot be read. The file is opened without
 * blocking and checked before it is read: a FIFO, socket or device would block the run or never
 * end, and a file over the size limit is not read into memory at all.
 */
export async function readSource(path: string, cwd: string, options: ReadOptions = {}): Promise<Source> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(resolve(cwd, path), constants.O_RDONLY | constants.O_NONBLOCK)
    const info = await handle.stat()
    if (info.isDirectory()) return { path, error: REASONS.EISDIR! }
    if (!info.isFile()) return { path, error: `Not a regular file (${kindOf(info)}), skipped` }
    if (info.size > max) return { path, error: `File is ${size(info.size)}, over the --max-file-size limit of ${size(max)}, skipped` }
    return { path, bytes: await handle.readFile(), mtime: info.mtime }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    return { path, error: REASONS[code] ?? `Cannot read file (${code || String(error)})` }
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a FIFO'
  if (info.isSocket()) return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device'
  return 'not a file'
}

/** A byte count for a message: "12.3 MB" (MiB), "512 KB", "300 bytes". */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${bytes} bytes`
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

/** Reads a size such as "20MB", "512 KiB", "1.5m" or "1048576" (bytes); KB and MB count 1024s. Undefined when it is not one. */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d{1,12}(?:\.\d{1,6})?)\s*([a-z]{0,3})\s*$/i.exec(text)
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined
  if (!m || unit === undefined) return undefined
  const bytes = Math.floor(Number(m[1]) * unit)
  return bytes > 0 ? bytes : undefined
}
