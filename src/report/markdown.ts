import { changesMarkdown } from './changes-markdown.js'
import { markdownCell, markdownCode as code } from './escape.js'
import type { Finding, ReconciledItem, RunResult } from '../contract/result.js'
import { displayPath } from './paths.js'
import { seeAlso } from './related.js'
import { statedValue } from './stated-value.js'
import { plural, totalsLine } from './totals-line.js'
import type { Formatter } from './types.js'

/**
 * Bytes the report may take: GitHub refuses a job summary (`$GITHUB_STEP_SUMMARY`) over 1 MiB,
 * and a pull-request comment over 65,536 characters, so a report that would be larger is cut
 * with a note, some room left for what the step adds.
 */
export const MARKDOWN_LIMIT = 1024 * 1024 - 24 * 1024

/**
 * A markdown report for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a heading, the
 * totals line, a findings table, files that could not be read, and each document's
 * reconciled items in a collapsed `<details>` block. Every cell is stripped of control
 * characters and escaped for GFM tables (`|`, line breaks). At most `MARKDOWN_LIMIT` bytes
 * (or `ctx.maxBytes`): past it the report stops at a whole row, closes what it opened and
 * says how many findings it showed.
 */
export const markdown: Formatter = (result, ctx) => {
  const show = (path: string) => displayPath(path, ctx.cwd)
  const out = new Bounded(ctx.maxBytes ?? MARKDOWN_LIMIT)
  out.block('## audit-reconcile')
  out.block(totalsLine(result))
  const findings = out.table(['File', 'Line', 'Severity', 'Rule', 'Message'], result.findings.map((f) => findingRow(f, show)))
  if (result.errors.length > 0) {
    out.block('**Files that could not be read**')
    out.table(['File', 'Problem'], result.errors.map((e) => [code(show(e.path)), cell(e.message)]))
  }
  if (result.changes) out.block(changesMarkdown(result.changes, show).trimEnd())
  const withItems = result.documents.filter((doc) => doc.items.length > 0)
  if (withItems.length > 0 && out.room()) {
    const count = withItems.reduce((n, doc) => n + doc.items.length, 0)
    out.open(`<details><summary>Reconciled items (${count})</summary>`, '</details>')
    for (const doc of withItems) {
      out.block(`**${cell(show(doc.path))}**`)
      out.table(['Item', 'Claims', 'Reconciled'], itemRows(doc.items))
    }
  }
  const withNumbers = result.documents.filter((doc) => doc.summary.stated.length > 0)
  if (withNumbers.length > 0 && out.room()) {
    const count = withNumbers.reduce((n, doc) => n + doc.summary.stated.length, 0)
    out.open(`<details><summary>Stated vs recomputed (${count})</summary>`, '</details>')
    for (const doc of withNumbers) {
      out.block(`**${cell(show(doc.path))}**`)
      out.table(['Line', 'Subject', 'Stated', 'Recomputed', 'Compared with'], doc.summary.stated.map((s) => [
        String(s.line), cell(s.subject), statedValue(s.kind, s.value), s.recomputed === undefined ? '—' : statedValue(s.kind, s.recomputed), s.against === undefined ? 'nothing it sums up was found' : cell(s.against),
      ]))
    }
  }
  const total = result.findings.length
  const shown = findings === total ? `all ${plural(total, 'finding')} are above` : `${findings} of ${plural(total, 'finding')} are above`
  return out.end(() => `**The report stops here**, to stay under GitHub's 1 MiB limit for a job summary: ${shown}; the totals count everything, and the \`json\` or \`sarif\` report holds it all.`)
}

/** Markdown built block by block (blank lines between), that stops at the first block or row past its byte limit. */
class Bounded {
  private readonly blocks: string[] = []
  private bytes = 0
  private full = false
  private closing: string | undefined
  // Room for the note and a closing tag, kept free so that they always fit.
  private static readonly RESERVE = 1024

  constructor(private readonly limit: number) {}

  /** Whether nothing has been cut yet. */
  room(): boolean {
    return !this.full
  }

  /** Adds a block when it fits; once one does not, nothing more is added. */
  block(text: string): boolean {
    if (this.full) return false
    const size = Buffer.byteLength(text) + 2
    if (this.bytes + size > this.limit - Bounded.RESERVE) {
      this.full = true
      return false
    }
    this.blocks.push(text)
    this.bytes += size
    return true
  }

  /** Opens an element (`<details>`) that `end` closes, whether or not everything fitted. */
  open(tag: string, close: string): void {
    if (this.block(tag)) this.closing = close
  }

  /** Adds a table, head first, as many rows as fit; returns how many did. */
  table(head: string[], rows: string[][]): number {
    if (rows.length === 0 || this.full) return 0
    let text = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`].join('\n')
    let shown = 0
    for (const row of rows) {
      const line = `\n| ${row.join(' | ')} |`
      if (this.bytes + Buffer.byteLength(text) + Buffer.byteLength(line) + 2 > this.limit - Bounded.RESERVE) {
        this.full = true
        break
      }
      text += line
      shown++
    }
    if (shown > 0) {
      this.blocks.push(text)
      this.bytes += Buffer.byteLength(text) + 2
    }
    return shown
  }

  /** The markdown: what fitted, the note when something was cut, and the closing tag. */
  end(note: () => string): string {
    const tail = [...(this.full ? [note()] : []), ...(this.closing ? [this.closing] : [])]
    return [...this.blocks, ...tail].join('\n\n') + '\n'
  }
}

function findingRow(f: Finding, show: (path: string) => string): string[] {
  const see = seeAlso(f, show)
  const severity = f.confidence === 'high' ? f.severity : `${f.severity} (uncertain)`
  return [code(show(f.path)), String(f.line), severity, code(f.ruleId), cell(f.message) + (see ? ` (${cell(see)})` : '')]
}

function itemRows(items: readonly ReconciledItem[]): string[][] {
  const names = new Map(items.map((item) => [item.key, item.name]))
  return items.map((item) => {
    const parent = item.parent === undefined ? undefined : names.get(item.parent)
    const name = parent === undefined ? item.name : `${parent} › ${item.name}`
    const claims = item.claims.map((c) => `${c.status} (line ${c.line})`).join(', ')
    return [cell(name), claims, item.disputed ? `**${item.status}**` : item.status]
  })
}

/** Document text in a table cell: never HTML, a link or an image (see markdownCell). */
const cell = markdownCell
