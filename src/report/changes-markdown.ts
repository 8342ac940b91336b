import type { Changes } from '../contract/changes.js'
import { changeRows, quietNote, type ChangeRow } from './changes-rows.js'
import { markdownCell, markdownCode as code } from './escape.js'

/**
 * The `--since` section of a markdown report (a pull-request comment): a heading, then per
 * document a table of its changes (kind, item, before, after, with lines), or one line
 * saying it was added, is unchanged or has no status changes. Pure; the markdown formatter
 * calls it with `result.changes` and its own path display.
 */
export function changesMarkdown(changes: Readonly<Changes>, show: (path: string) => string): string {
  const since = code(changes.since)
  const parts = [`### Changes since ${since} (${changes.commit.slice(0, 12)})`]
  for (const doc of changes.documents) {
    const renamed = doc.previousPath === undefined ? '' : ` (renamed from ${code(show(doc.previousPath))})`
    const rows = changeRows(doc)
    if (rows.length === 0) {
      parts.push(`**${code(show(doc.path))}**${renamed}: ${quietNote(doc, since)}`)
      continue
    }
    parts.push(`**${code(show(doc.path))}**${renamed}`, table(rows))
  }
  return parts.join('\n\n') + '\n'
}

function table(rows: readonly ChangeRow[]): string {
  const lines = ['| Change | Item | Before | After |', '|---|---|---|---|']
  for (const row of rows) {
    const change = row.change === 'regression' ? '**regression**' : row.note ? `${row.change}: ${row.note}` : row.change
    lines.push(`| ${change} | ${cell(row.subject)} | ${side(row.before)} | ${side(row.after)} |`)
  }
  return lines.join('\n')
}

function side(s: ChangeRow['before']): string {
  if (!s) return '—'
  return s.text === '' ? `line ${s.line}` : `${cell(s.text)} (line ${s.line})`
}

/** Document text in a table cell: never HTML, a link or an image (see markdownCell). */
const cell = markdownCell
