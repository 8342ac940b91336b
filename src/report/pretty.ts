import { Chalk, type ChalkInstance } from 'chalk'
import { changesPretty } from './changes-pretty.js'
import { oneLine } from './escape.js'
import type { Finding, RunResult } from '../contract/result.js'
import { dateText } from './date-text.js'
import { displayPath } from './paths.js'
import { findingLines } from './pretty-findings.js'
import { crossTable, itemTable, shownItems, statedTable, statusLine } from './pretty-tables.js'
import { totalsLine } from './totals-line.js'
import type { FormatContext, Formatter } from './types.js'

type DocumentResult = RunResult['documents'][number]

/**
 * The human report. Per document with findings: its findings (ESLint's stylish layout, the
 * other side of each below it), a status line (items done / partial / todo / disputed) and a
 * table of its disputed items and those a finding names; then file errors and one totals line.
 * `ctx.report` `full` shows every item and the stated vs recomputed numbers, `findings` no
 * items at all. Tables fit `ctx.width`. A clean run is the totals line alone, and nothing at
 * all when `ctx.quiet` is set.
 */
export const pretty: Formatter = (result, ctx) => {
  if (ctx.quiet && result.findings.length === 0 && result.errors.length === 0) return ''
  const c = new Chalk({ level: ctx.color ? 1 : 0 })
  // oneLine, not stripControl: a line break in a file name must not start a line (a workflow command).
  const show = (path: string): string => oneLine(displayPath(path, ctx.cwd))
  const findingsByPath = groupByPath(result.findings)
  const documents = new Map(result.documents.map((doc) => [doc.path, doc]))
  // A finding whose path names no document (should not happen) is still shown, after the documents.
  const paths = [...new Set([...documents.keys(), ...findingsByPath.keys()])]
  const blocks: string[] = []
  for (const path of paths) {
    const doc = documents.get(path)
    // When documents share items, each one's date (and where it comes from) decides which is newer.
    const dated = doc?.date && result.crossDocument.length > 0 ? c.dim(`  dated ${dateText(doc.date)}`) : ''
    const block = documentBlock(show(path) + dated, findingsByPath.get(path) ?? [], doc, show, c, ctx)
    if (block) blocks.push(block)
  }
  const shared = shownItems(result.crossDocument, result.findings, ctx.report ?? 'summary')
  if (shared.length > 0) blocks.push(`${c.bold('Across documents')}\n${crossTable(shared, show, c, ctx.width)}`)
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
  ctx: FormatContext,
): string {
  if (findings.length === 0) return ''
  const level = ctx.report ?? 'summary'
  const parts = [[c.underline(title), ...findingLines(findings, show, c, ctx.width)].join('\n')]
  if (doc === undefined || level === 'findings') return parts.join('\n\n')
  const items = shownItems(doc.items, findings, level)
  parts.push([statusLine(doc.summary, c), ...(items.length > 0 ? [itemTable(items, doc.items, c, ctx.width)] : [])].join('\n'))
  const stated = level === 'full' ? doc.summary.stated : []
  if (stated.length > 0) parts.push(`${c.bold('Stated vs recomputed')}\n${statedTable(stated, c, ctx.width)}`)
  return parts.join('\n\n')
}

/** The totals line: red when there are errors or input errors, yellow for warnings only, green when clean. */
function coloured(result: Pick<RunResult, 'totals' | 'baseline'>, c: ChalkInstance): string {
  const line = totalsLine(result)
  if (result.totals.errors > 0 || result.totals.fileErrors > 0) return c.red.bold(line)
  return result.totals.warnings > 0 ? c.yellow.bold(line) : c.green(line)
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
