import type { List, ListItem } from 'mdast'
import type { StatusClaim } from '../types.js'
import type { StatedCount, Table } from '../number-types.js'
import { span, type Walk } from './context.js'
import { statusPhrase } from './count-words.js'
import { plainText } from './inline.js'

/** Where the facts stood before a list or table was walked, so that its own facts can be told apart. */
export interface Mark {
  counts: number
  claims: number
}

/** The current lengths of the facts that lists and tables add to. */
export function mark(walk: Walk): Mark {
  return { counts: walk.facts.counts.length, claims: walk.facts.claims.length }
}

/**
 * After a list is walked: records its length, done entries and the sum of its entries' counts on
 * the count that announced it, and gives shares in its entries ("- Complete: 6 (50%)") their whole.
 */
export function closeList(walk: Walk, list: List, before: Mark, intro?: StatedCount): void {
  const entries = entriesOf(list)
  const lines = new Set(entries.map((e) => e.position?.start.line ?? 0))
  const bare = walk.bare.filter((c) => lines.has(c.span.line))
  walk.bare = walk.bare.filter((c) => !lines.has(c.span.line))
  const stated = walk.facts.counts.slice(before.counts).filter((c) => lines.has(c.span.line))
  // Bare numbers ("- Critical: 1") count as the parts of a total announced before the list or stated in it.
  const total = (intro?.kind === 'count' && intro.announces !== undefined) || stated.some((c) => c.overall && c.kind === 'count')
  if (total) walk.facts.counts.push(...bare)
  const counts = total ? [...stated, ...bare].sort((a, b) => a.span.line - b.span.line) : stated
  const claims = walk.facts.claims.slice(before.claims).filter((c) => lines.has(c.span.line))
  const perLine = new Map<number, StatedCount>()
  for (const c of counts) if (c.kind === 'count' && !perLine.has(c.span.line)) perLine.set(c.span.line, c)
  const sum = perLine.size === lines.size ? [...perLine.values()].reduce((a, c) => a + c.value, 0) : undefined
  const fractions = [...perLine.values()]
  const ofSum = sum !== undefined && fractions.every((c) => c.of !== undefined) ? fractions.reduce((a, c) => a + (c.of ?? 0), 0) : undefined
  // Entries that state counts are counted by their sum, never by their number; some without one leave nothing to compare.
  const comparable = sum !== undefined || (perLine.size === 0 && intro?.announces === 'entries')
  if (intro && intro.kind === 'count' && comparable) {
    const checked = entries.filter((e) => e.checked === true).length
    intro.list = { entries: entries.length, done: Math.max(checked, doneLines(claims)), ...(sum !== undefined ? { sum } : {}), ...(ofSum !== undefined ? { ofSum } : {}), span: span(walk, list) }
  }
  shareOut(walk, counts, [...perLine.values()], sum, intro?.kind === 'count' ? intro : undefined)
}

/**
 * Gives shares in list entries their whole: a total the entries' counts add up to, announced before
 * the list or stated in it ("Total: 35", "Migrated: 28 (80%)", "Remaining: 7 (20%)"); else, for a
 * breakdown by status ("Complete: 6 (50%)", "Partial: 2 (17%)"), the announced total or their own sum.
 */
function shareOut(walk: Walk, counts: readonly StatedCount[], entryCounts: readonly StatedCount[], sum: number | undefined, intro?: StatedCount): void {
  const inList = intro ? undefined : entryCounts.find((c) => c.overall)
  const total = intro ?? inList
  const parts = inList ? entryCounts.filter((c) => c !== inList).reduce((a, c) => a + c.value, 0) : sum
  const breakdown = total !== undefined && parts === total.value
  const whole = total?.value ?? (entryCounts.length >= 2 ? sum : undefined)
  if (whole === undefined) return
  for (const c of counts) {
    if (c.kind !== 'percent' || !c.ratio || c.ratio.of !== undefined || c.overall) continue
    if (!breakdown && statusPhrase(c.subject, walk.vocab) === undefined) continue
    c.ratio = { ...c.ratio, of: whole, ...(total ? { ofSpan: total.span } : {}) }
  }
}

/** After a table that a count announced: its rows (without the totals row) and the done ones among them. */
export function closeTable(walk: Walk, table: Table, before: Mark, intro?: StatedCount): void {
  if (!intro || intro.kind !== 'count' || intro.announces !== 'entries') return
  const rows = table.rows.filter((_r, i) => i !== table.totalRow)
  const lines = new Set(rows.map((r) => r[0]?.span.line ?? 0))
  const claims = walk.facts.claims.slice(before.claims).filter((c) => lines.has(c.span.line))
  intro.list = { entries: rows.length, done: doneLines(claims), span: table.span }
}

/** Top-level entries of a list; for a list of labelled groups ("- High:" + sub-list), the groups' entries. */
function entriesOf(list: List): ListItem[] {
  const grouped = list.children.length > 0 && list.children.every((item) => {
    const [first, second] = item.children
    return item.children.length === 2 && first?.type === 'paragraph' && plainText(first).endsWith(':') && second?.type === 'list'
  })
  if (!grouped) return list.children
  return list.children.flatMap((item) => (item.children[1] as List).children)
}

function doneLines(claims: readonly StatusClaim[]): number {
  return new Set(claims.filter((c) => c.status === 'done').map((c) => c.span.line)).size
}
