import type { Fix } from '../contract/result.js'

/** Text with a finding's edits applied, and how many applied. */
export interface PlannedFix {
  text: string
  applied: number
  /** Edits whose original text was not where the finding said: the file changed. */
  stale: number
}

/** Offsets of each line start (after \n, \r\n or a bare \r). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

/**
 * Applies fix edits (1-based lines, UTF-16 columns of the file as read) to that text.
 * An edit is applied only where its original text still stands; overlapping edits are skipped.
 * Pure: the caller reads and writes the file.
 */
export function planFixes(text: string, fixes: readonly Fix[]): PlannedFix {
  const starts = lineStarts(text)
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1
  const edits = fixes
    .flatMap((f) => f.edits)
    .map((e) => ({ start: offset(e.line, e.column), end: offset(e.endLine, e.endColumn), original: e.original, text: e.text }))
    .sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  let applied = 0
  let stale = 0
  for (const e of edits) {
    if (e.start < at || text.slice(e.start, e.end) !== e.original) { stale++; continue }
    out += text.slice(at, e.start) + e.text
    at = e.end
    applied++
  }
  return { text: out + text.slice(at), applied, stale }
}
