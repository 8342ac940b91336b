import { changesMarkdown } from './changes-markdown.js'
import { escapeTableCell, markdownCode as code, stripControl } from './escape.js'
import type { Finding, ReconciledItem } from '../contract/result.js'
import { displayPath } from './paths.js'
import { seeAlso } from './related.js'
import { totalsLine } from './totals-line.js'
import type { Formatter } from './types.js'

/**
 * A markdown report for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a heading, the
 * totals line, a findings table, files that could not be read, and each document's
 * reconciled items in a collapsed `<details>` block. Every cell is stripped of control
 * characters and escaped for GFM tables (`|`, line breaks).
 */
export const markdown: Formatter = (result, ctx) => {
  const show = (path: string) => displayPath(path, ctx.cwd)
  const parts = ['## audit-reconcile', totalsLine(result)]
  if (result.findings.length > 0) {
    parts.push(table(['File', 'Line', 'Severity', 'Rule', 'Message'], result.findings.map((f) => findingRow(f, show))))
  }
  if (result.errors.length > 0) {
    parts.push('**Files that could not be read**', table(['File', 'Problem'], result.errors.map((e) => [code(show(e.path)), cell(e.message)])))
  }
  if (result.changes) parts.push(changesMarkdown(result.changes, show).trimEnd())
  const withItems = result.documents.filter((doc) => doc.items.length > 0)
  if (withItems.length > 0) {
    const count = withItems.reduce((n, doc) => n + doc.items.length, 0)
    parts.push(`<details><summary>Reconciled items (${count})</summary>`)
    for (const doc of withItems) parts.push(`**${cell(show(doc.path))}**`, itemTable(doc.items))
    parts.push('</details>')
  }
  return parts.join('\n\n') + '\n'
}

function findingRow(f: Finding, show: (path: string) => string): string[] {
  const see = seeAlso(f, show)
  const severity = f.confidence === 'high' ? f.severity : `${f.severity} (uncertain)`
  return [code(show(f.path)), String(f.line), severity, code(f.ruleId), cell(f.message) + (see ? ` (${cell(see)})` : '')]
}

function itemTable(items: readonly ReconciledItem[]): string {
  const names = new Map(items.map((item) => [item.key, item.name]))
  return table(['Item', 'Claims', 'Reconciled'], items.map((item) => {
    const parent = item.parent === undefined ? undefined : names.get(item.parent)
    const name = parent === undefined ? item.name : `${parent} › ${item.name}`
    const claims = item.claims.map((c) => `${c.status} (line ${c.line})`).join(', ')
    return [cell(name), claims, item.disputed ? `**${item.status}**` : item.status]
  }))
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

/** Document text in a table cell. */
function cell(text: string): string {
  return escapeTableCell(stripControl(text))
}
