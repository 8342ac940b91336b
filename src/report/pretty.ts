import { Chalk, type ChalkInstance } from 'chalk'
import { qualify } from '../contract/item-key.js'
import { boxTable } from './box-table.js'
import { changesPretty } from './changes-pretty.js'
import { oneLine, stripControl } from './escape.js'
import type { Finding, ReconciledItem, RunResult, Summary } from '../contract/result.js'
import { displayPath } from './paths.js'
import { totalsLine } from './totals-line.js'
import type { Formatter } from './types.js'

type DocumentResult = RunResult['documents'][number]
type Stated = Summary['stated'][number]

/** Width of the severity column: the longer of `error` and `warning`. */
const SEVERITY_WIDTH = 'warning'.length

/** Messages longer than this are not padded: their rule id follows them directly. */
const MESSAGE_WIDTH = 80

/**
 * The human report: per document with findings, its findings (ESLint stylish layout,
 * related places indented below), its reconciled items, and its stated vs recomputed
 * summary; then file errors and one totals line. A clean run is that one line, and
 * nothing at all when `ctx.quiet` is set.
 */
export const pretty: Formatter = (result, ctx) => {
  if (ctx.quiet && result.findings.length === 0 && result.errors.length === 0) return ''
  const c = new Chalk({ level: ctx.color ? 1 : 0 })
  const show = (path: string): string => stripControl(displayPath(path, ctx.cwd))
  const findingsByPath = groupByPath(result.findings)
  const documents = new Map(result.documents.map((doc) => [doc.path, doc]))
  // A finding whose path names no document (should not happen) is still shown, after the documents.
  const paths = [...new Set([...documents.keys(), ...findingsByPath.keys()])]
  const blocks: string[] = []
  for (const path of paths) {
    const doc = documents.get(path)
    // When documents share items, each one's date (and where it comes from) decides which is newer.
    const dated = doc?.date && result.crossDocument.length > 0 ? c.dim(`  dated ${dateText(doc.date)}`) : ''
    const block = documentBlock(show(path) + dated, findingsByPath.get(path) ?? [], doc, show, c)
    if (block) blocks.push(block)
  }
  if (result.crossDocument.length > 0) blocks.push(`${c.bold('Across documents')}\n${crossTable(result.crossDocument, show, c)}`)
  if (result.changes) blocks.push(changesPretty(result.changes, show, c))
  const errors = result.errors.map((e) => `${c.red('error')} ${show(e.path)}: ${oneLine(e.message)}`)
  if (errors.length > 0) blocks.push(errors.join('\n'))
  blocks.push(coloured(result, c))
  return blocks.join('\n\n') + '\n'
}

/** One document's block, or '' when it has no findings: a consistent document needs no report. */
function documentBlock(
  title: string,
  findings: readonly Finding[],
  doc: DocumentResult | undefined,
  show: (path: string) => string,
  c: ChalkInstance,
): string {
  if (findings.length === 0) return ''
  const stated = doc?.summary.stated.filter((s) => s.recomputed !== undefined) ?? []
  const items = doc?.items ?? []
  const parts = [[c.underline(title), ...findingLines(findings, show, c)].join('\n')]
  if (items.length > 0) parts.push(itemTable(items, c))
  if (stated.length > 0) parts.push(`${c.bold('Stated vs recomputed')}\n${statedTable(stated, c)}`)
  return parts.join('\n\n')
}

/** Findings as aligned rows: `line:col  severity  message  rule-id`, then `↳ line:col message` per related place. */
function findingLines(findings: readonly Finding[], show: (path: string) => string, c: ChalkInstance): string[] {
  if (findings.length === 0) return []
  const positions = findings.map((f) => `${f.line}:${f.column}`)
  const messages = findings.map((f) => oneLine(f.confidence === 'high' ? f.message : `${f.message} (uncertain)`))
  const posWidth = Math.max(...positions.map(width))
  // Align rule ids like ESLint's stylish, but do not push them past a readable width for one long message.
  const msgWidth = Math.min(Math.max(...messages.map(width)), MESSAGE_WIDTH)
  const indent = ' '.repeat(2 + posWidth + 2 + SEVERITY_WIDTH + 2)
  return findings.flatMap((f, i) => {
    const severity = padEnd(f.severity, SEVERITY_WIDTH)
    const head = [
      `  ${padStart(positions[i]!, posWidth)}`,
      f.severity === 'error' ? c.red(severity) : c.yellow(severity),
      padEnd(messages[i]!, msgWidth),
      c.dim(f.ruleId),
    ].join('  ')
    const related = f.related.map((r) => {
      const where = r.path === f.path ? `${r.line}:${r.column}` : `${show(r.path)}:${r.line}:${r.column}`
      return `${indent}${c.dim('↳')} ${where} ${oneLine(r.message)}`
    })
    return [head, ...related]
  })
}

/** The reconciled items: name (with its parent's name), claims with lines, reconciled status. */
function itemTable(items: readonly ReconciledItem[], c: ChalkInstance): string {
  // A sub-item's parent is the item whose path key (parent › key) it names.
  const names = new Map(items.map((item) => [qualify(item.parent, item.key), item.name]))
  const rows: string[][] = []
  for (const item of items) {
    const parent = item.parent === undefined ? undefined : names.get(item.parent)
    const name = parent === undefined ? item.name : `${parent} › ${item.name}`
    const claims = item.claims.map((claim) => `${claim.status} L${claim.line}`).join(', ')
    const status = item.status === 'disputed' ? c.red.bold(item.status) : item.status
    rows.push([oneLine(name), claims, status])
  }
  return newTable(['Item', 'Claims', 'Reconciled'], rows, c)
}

/** Items several documents mention: each document's word (oldest first) and the reconciled status. */
function crossTable(items: RunResult['crossDocument'], show: (path: string) => string, c: ChalkInstance): string {
  const rows: string[][] = []
  for (const item of items) {
    const status = item.status === 'disputed' ? c.red.bold(item.status) : item.status
    // One row per document rather than one many-line cell: the compact table looks the same.
    item.entries.forEach((e, i) => {
      const word = `${show(e.path)}:${e.line} ${e.status} (${e.date.slice(0, 10)})`
      rows.push(i === 0 ? [oneLine(item.name), word, status] : ['', word, ''])
    })
  }
  return newTable(['Item', 'Documents (oldest first)', 'Reconciled'], rows, c)
}

/** Stated numbers beside the numbers recomputed from the items. */
function statedTable(stated: readonly Stated[], c: ChalkInstance): string {
  const rows: string[][] = []
  for (const s of stated) {
    const subject = s.status === undefined ? s.subject : `${s.subject} (${s.status})`
    rows.push([oneLine(subject), String(s.line), statedValue(s.kind, s.value), statedValue(s.kind, s.recomputed!)])
  }
  return newTable(['Subject', 'Line', 'Stated', 'Recomputed'], rows, c)
}

/** A compact table (no row separators) that adds no colour of its own but the bold head. */
function newTable(head: string[], rows: string[][], c: ChalkInstance): string {
  return boxTable(head.map((h) => c.bold(h)), rows)
}

/** The totals line, red when there are errors, yellow for warnings only, green when clean. */
function coloured(result: Pick<RunResult, 'totals' | 'baseline'>, c: ChalkInstance): string {
  const line = totalsLine(result)
  if (result.totals.errors > 0) return c.red.bold(line)
  return result.totals.warnings > 0 ? c.yellow.bold(line) : c.green(line)
}

function statedValue(kind: Stated['kind'], value: number): string {
  if (kind === 'percent') return `${value}%`
  if (kind === 'gap') return `${value}% gap`
  return String(value)
}

function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const group = groups.get(f.path)
    if (group) group.push(f)
    else groups.set(f.path, [f])
  }
  return groups
}

function dateText(date: NonNullable<DocumentResult['date']>): string {
  const source = date.source === 'stated' ? `line ${date.line}` : { 'front-matter': 'front matter', git: 'last commit', mtime: 'modification time' }[date.source]
  return `${date.value.slice(0, 10)} (${source})`
}

/** Display width in code points; good enough for alignment, never used to cut text. */
function width(text: string): number {
  return [...text].length
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)))
}

function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text
}
