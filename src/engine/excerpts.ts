import type { Excerpt, Finding } from '../contract/result.js'
import { EXCERPT_MAX_CHARS, EXCERPT_SPAN_LINES } from '../contract/excerpt-limits.js'
import type { Document } from '../model/types.js'

/**
 * The lines of a document that a report quotes, as the file has them (mojibake unrepaired, so
 * that the columns of findings, which are the file's, apply to them): every line a claim, a stated number or a date
 * stands on, and the lines its findings (and their related places in the same document) point
 * to, at most the first EXCERPT_SPAN_LINES of each span; in line order, each cut after
 * EXCERPT_MAX_CHARS characters. A finding of another document that points here (a run rule's)
 * points to a claim, so its line is among them too.
 */
export function excerptsOf(doc: Readonly<Document>, findings: readonly Finding[]): Excerpt[] {
  const wanted = new Set<number>()
  for (const claim of doc.claims) wanted.add(claim.span.line)
  for (const item of doc.items) for (const claim of item.claims) wanted.add(claim.span.line)
  for (const count of doc.counts) wanted.add(count.span.line)
  for (const date of doc.dates) wanted.add(date.span.line)
  const span = (line: number, endLine: number) => {
    for (let l = line; l <= Math.min(endLine, line + EXCERPT_SPAN_LINES - 1); l++) wanted.add(l)
  }
  for (const f of findings) {
    if (f.path === doc.path) span(f.line, f.endLine)
    for (const r of f.related) if (r.path === doc.path) span(r.line, r.endLine)
  }
  if (wanted.size === 0) return []
  const lines = doc.text.split('\n')
  const repairs = repairsByLine(doc)
  return [...wanted].filter((line) => line <= lines.length).sort((a, b) => a - b).map((line) => {
    const text = lines[line - 1]!
    const bare = unrepaired(text.endsWith('\r') ? text.slice(0, -1) : text, repairs.get(line))
    return { line, text: bare.length > EXCERPT_MAX_CHARS ? bare.slice(0, EXCERPT_MAX_CHARS) : bare }
  })
}

type Repair = { column: number; original: string; repaired: string }

function repairsByLine(doc: Readonly<Document>): Map<number, Repair[]> {
  const byLine = new Map<number, Repair[]>()
  for (const issue of doc.encoding.issues) {
    if (issue.repaired === undefined || issue.span.line !== issue.span.endLine) continue
    const list = byLine.get(issue.span.line) ?? []
    list.push({ column: issue.span.column, original: issue.original, repaired: issue.repaired })
    byLine.set(issue.span.line, list)
  }
  return byLine
}

/** A repaired line back as the file has it: each repair (at its file column) undone, left to right. */
function unrepaired(text: string, repairs: readonly Repair[] | undefined): string {
  if (!repairs) return text
  let out = ''
  let from = 0
  // File columns run ahead of the repaired text's by what the repairs before them shortened.
  let shift = 0
  for (const r of [...repairs].sort((a, b) => a.column - b.column)) {
    const at = r.column - 1 - shift
    // Only a repair found where it should be is undone; anything else leaves the line as it is.
    if (at < from || text.slice(at, at + r.repaired.length) !== r.repaired) return text
    out += text.slice(from, at) + r.original
    from = at + r.repaired.length
    shift += r.original.length - r.repaired.length
  }
  return out + text.slice(from)
}
