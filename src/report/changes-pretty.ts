import type { ChalkInstance } from 'chalk'
import type { Changes } from '../contract/changes.js'
import { changeRows, lineText, quietNote, valueText, type ChangeRow } from './changes-rows.js'
import { oneLine } from './escape.js'

/** Subjects longer than this are not padded: the columns after them follow directly. */
const SUBJECT_WIDTH = 40

/**
 * The `--since` block of the pretty report: per document a headline (renamed, added,
 * unchanged), then one aligned line per change: kind, item, before → after, line.
 */
export function changesPretty(changes: Readonly<Changes>, show: (path: string) => string, c: ChalkInstance): string {
  const head = c.bold(`Changes since ${oneLine(changes.since)}`) + c.dim(` (${changes.commit.slice(0, 12)})`)
  const blocks = changes.documents.map((doc) => {
    const renamed = doc.previousPath === undefined ? '' : c.dim(`  renamed from ${show(doc.previousPath)}`)
    const rows = changeRows(doc)
    const lines = rows.length > 0 ? rowLines(rows, c) : [`  ${c.dim(quietNote(doc, oneLine(changes.since)))}`]
    return [c.underline(show(doc.path)) + renamed, ...lines].join('\n')
  })
  return [head, ...blocks].join('\n\n')
}

function rowLines(rows: readonly ChangeRow[], c: ChalkInstance): string[] {
  const cells = rows.map((r) => [r.change, oneLine(r.subject), oneLine(valueText(r)), lineText(r) + (r.note ? `: ${r.note}` : '')] as const)
  const widths = [0, 1, 2].map((i) => Math.max(...cells.map((row) => width(row[i]!))))
  widths[1] = Math.min(widths[1]!, SUBJECT_WIDTH)
  return cells.map((row, n) => {
    const kind = paint(rows[n]!, pad(row[0], widths[0]!), c)
    return `  ${kind}  ${pad(row[1], widths[1]!)}  ${pad(row[2], widths[2]!)}  ${c.dim(row[3])}`.trimEnd()
  })
}

function paint(row: ChangeRow, text: string, c: ChalkInstance): string {
  if (row.change === 'progress' || row.change === 'added') return c.green(text)
  if (row.change === 'regression') return c.red(text)
  if (row.note !== undefined && row.note !== 'moved with its items') return c.yellow(text)
  return text
}

function width(text: string): number {
  return [...text].length
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)))
}
