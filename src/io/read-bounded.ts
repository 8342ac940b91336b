import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/** Why a file was not read: not a regular file, or over the size given. */
export class UnreadableFile extends Error {
  constructor(message: string, readonly code: 'ENOTREG' | 'EFBIG') {
    super(message)
  }
}

/**
 * A regular file's bytes, checked through the open handle before anything is read: a FIFO, a
 * device (`/dev/zero`), a socket or a symlink to one is refused without blocking, and so is a
 * file over `maxBytes`. Errors of the file system (ENOENT, EACCES, …) are thrown as they are.
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UnreadableFile(`not a regular file`, 'ENOTREG')
    if (info.size > maxBytes) throw new UnreadableFile(`larger than ${maxBytes} bytes`, 'EFBIG')
    const bytes = await handle.readFile()
    // A file that grew while it was read (appended to, or not what its size said) is refused too.
    if (bytes.length > maxBytes) throw new UnreadableFile(`larger than ${maxBytes} bytes`, 'EFBIG')
    return bytes
  } finally {
    await handle.close().catch(() => undefined)
  }
}
