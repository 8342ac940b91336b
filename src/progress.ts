import { oneLine } from './report/escape.js'

/** A progress line on a terminal stream: `update` after each file, `clear` at the end. */
export interface ProgressLine {
  update: (done: number, total: number, path: string) => void
  clear: () => void
}

/** What the progress line writes to: a terminal stream (its width, when known). */
export interface ProgressStream {
  write(text: string): unknown
  columns?: number
}

/**
 * Draws `files done/total  current file` on one line, rewritten in place, once the run has taken
 * longer than `delayMs` (a quick run shows nothing) and at most every `everyMs`; `clear` erases it.
 */
export function progressLine(stream: ProgressStream, delayMs = 1000, everyMs = 100, now: () => number = Date.now): ProgressLine {
  const start = now()
  let last = 0
  let shown = false
  return {
    update(done, total, path) {
      const t = now()
      if (t - start < delayMs || (t - last < everyMs && done < total)) return
      last = t
      shown = true
      const head = `${done}/${total} files  `
      const width = Math.max(20, (stream.columns ?? 80) - 1)
      // The path comes from the file system: control characters are removed before it is shown.
      const name = oneLine(path)
      const room = width - head.length
      const shownName = name.length > room ? `…${name.slice(name.length - room + 1)}` : name
      stream.write(`\r${head}${shownName}\u001b[K`)
    },
    clear() {
      if (shown) stream.write('\r\u001b[K')
      shown = false
    },
  }
}
