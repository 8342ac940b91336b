import { recompute, type Recomputed } from '../model/recompute.js'
import { tableTotals, type TotalCheck } from '../model/table-totals.js'
import type { Document } from '../model/types.js'
import { breakdownPlace, type Breakdown, type StatedCount, type Tally } from '../model/number-types.js'
import type { Span } from '../contract/span.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import { restatedDrafts, runningDrafts, runningTotalDraft, TABLE_MESSAGES } from './table-runs.js'

/** Counts that do not add up: totals, per-category counts, and "N items" before a list of another length. */
export const meta = {
  id: 'count-mismatch',
  defaultSeverity: 'error',
  description: 'Report a stated count that differs from what it counts',
  help: 'A number the document states is not the number of what it counts: a totals row or column that is not the sum of its parts, a running total ("Cumulative") that is not the row above plus what its row adds, a total in prose ("659 tests across 34 files", "from 1,347 to 2,001 tests") that the table beside it gives otherwise, a summary row ("Infrastructure | 2 | 1 | 3 | 6") that differs from the items the document lists for that category, "Top 5 risks:" followed by a list of four, a heading "(15 items)" over a numbered list of 14, "Total tests: 19" against the one "Test breakdown" list elsewhere that adds up to 22, "Total: 82 points" under entries of 68 + 42 + 36 points, "Total Blockers: 35 items" under a checklist of 30, "Files Updated: 25" over entries of 24 files, or a category row ("Strategies | 167 tested") that is not the sum of the rows named for it ("Strategies: DCA", …) in other tables. Recount and correct the number, or the list.',
  messages: {
    totalRow: 'Unexpected total `{actual}` for `{column}`, expected `{expected}` ({sum})',
    totalColumn: 'Unexpected total `{actual}` for `{row}`, expected `{expected}` ({sum})',
    category: 'Unexpected counts for `{category}`: {actual}; the {listed} items listed under `{section}` (line {otherLine}) give {expected}',
    list: 'Unexpected count `{actual}` for `{subject}`, expected `{expected}`: {reason}',
    breakdown: 'Unexpected total `{actual}` for `{subject}`, expected `{expected}`: {where} add up to {expected} ({sum})',
    selection: 'Unexpected total `{actual}` for `{subject}`: {where} alone add up to {expected} ({sum}), more than the total',
    tally: 'Unexpected count `{actual}` of {of} for `{subject}`, expected `{expected}`: {expected} of the {of} rows of the table {side} are done',
    ...TABLE_MESSAGES,
  },
} as const satisfies RuleMeta<'totalRow' | 'totalColumn' | 'category' | 'list' | 'breakdown' | 'selection' | 'tally' | keyof typeof TABLE_MESSAGES>

type Id = keyof typeof meta.messages

/** Checks table totals, category counts against the items listed, and announced list lengths. */
export function check(doc: Readonly<Document>): Draft<Id>[] {
  const found = recompute(doc).filter((r) => doc.counts[r.index]!.kind === 'count')
  const drafts = [
    ...doc.tables.flatMap((table) => tableTotals(table).filter(wrong).map((t) => (t.kind === 'running' ? runningTotalDraft(t) : totalDraft(t)))),
    ...runningDrafts(doc),
    ...categoryDrafts(doc, found.filter((r) => r.basis === 'items')),
    ...found.filter((r) => (r.basis === 'list' || r.basis === 'sum') && r.stated !== r.expected).map((r) => listDraft(doc.counts[r.index]!, r)),
  ]
  // A total another check already reported is not reported twice.
  const reported = new Set(drafts.map((d) => d.span.line))
  const breakdowns = doc.breakdowns.filter((b) => !reported.has(b.span.line) && !addsUp(b)).map(breakdownDraft)
  for (const d of breakdowns) reported.add(d.span.line)
  const tallies = doc.tallies.filter((t) => t.value !== t.done && !reported.has(t.span.line)).map((t) => tallyDraft(doc, t))
  for (const d of tallies) reported.add(d.span.line)
  return [...drafts, ...breakdowns, ...tallies, ...restatedDrafts(doc).filter((d) => !reported.has(d.span.line))]
}

function tallyDraft(doc: Readonly<Document>, t: Tally): Draft<Id> {
  const table = doc.tables[t.table]!
  return {
    messageId: 'tally',
    data: { actual: t.value, of: t.of, subject: t.subject, expected: t.done, side: t.side },
    span: t.span,
    related: [{ ...table.span, message: `${t.done} of ${t.rows} rows done` }],
    items: [t.subject],
    actual: t.value,
    expected: t.done,
  }
}

/** Whether the parts make the total: exactly, at least for "N+", within a tenth for "~N"; a selection at most the total. */
function addsUp(b: Breakdown): boolean {
  const sum = b.parts.reduce((a, p) => a + p.value, 0)
  const slack = b.approximate ? Math.max(1, 0.1 * b.value) : 0
  if (b.subset) return sum <= b.value + slack
  if (b.atLeast) return sum >= b.value
  return Math.abs(sum - b.value) <= slack
}

function breakdownDraft(b: Breakdown): Draft<Id> {
  const expected = b.parts.reduce((a, p) => a + p.value, 0)
  const where = breakdownPlace(b)
  return {
    messageId: b.subset ? 'selection' : 'breakdown',
    data: { actual: `${b.approximate ? '~' : ''}${b.value}${b.atLeast ? '+' : ''}`, subject: b.subject, expected, where, sum: b.parts.map((p) => p.value).join(' + ') },
    span: b.span,
    related: b.parts.map((p) => ({ ...p.span, message: `\`${p.label}\`: ${p.value}` })),
    items: [b.subject],
    actual: b.value,
    expected,
  }
}

/**
 * Whether a total is not its parts' sum: exactly, within a tenth for "~250", at least for "369+";
 * a part "50+" makes the sum a lower bound, which only a smaller total contradicts.
 */
function wrong(t: TotalCheck): boolean {
  if (t.alternatives.includes(t.stated)) return false
  const slack = t.approximate ? Math.max(1, 0.1 * t.stated) : 0
  if (t.partsAtLeast) return t.stated + slack < t.expected && !t.atLeast
  if (t.atLeast) return t.expected < t.stated
  return Math.abs(t.stated - t.expected) > slack
}

function totalDraft(t: TotalCheck): Draft<Id> {
  const sum = t.parts.map((p) => p.cell.number).join(' + ')
  const common = { span: t.cell.span, actual: t.stated, expected: t.expected }
  if (t.kind === 'column') {
    return { ...common, messageId: 'totalColumn', data: { actual: t.stated, row: t.label, expected: t.expected, sum }, items: [t.label] }
  }
  return {
    ...common,
    messageId: 'totalRow',
    data: { actual: t.stated, column: t.label, expected: t.expected, sum },
    related: t.parts.map((p) => ({ ...p.cell.span, message: `\`${p.label}\`: ${p.cell.number}` })),
    items: [t.label],
  }
}

/** One finding per category row (or stated count) whose counts differ from the items listed for it. */
function categoryDrafts(doc: Readonly<Document>, found: Recomputed[]): Draft<Id>[] {
  const groups = new Map<string, Recomputed[]>()
  for (const r of found) {
    const count = doc.counts[r.index]!
    const id = count.cell ? `${count.cell.table}:${count.cell.row}` : `#${r.index}`
    groups.set(id, [...(groups.get(id) ?? []), r])
  }
  return [...groups.values()].flatMap((group) => {
    const off = group.filter((r) => r.stated !== r.expected)
    if (off.length === 0) return []
    const first = doc.counts[group[0]!.index]!
    const { from, parts } = group[0]!
    const label = (r: Recomputed) => columnName(doc, doc.counts[r.index]!)
    const actual = off.map((r) => `${label(r)} ${r.stated}`).join(', ')
    const expected = off.map((r) => `${label(r)} ${r.expected}`).join(', ')
    return [{
      messageId: 'category' as const,
      data: { category: first.subject, actual, listed: parts.length, section: from!.name, otherLine: from!.span.line, expected },
      span: rowSpan(doc, first),
      related: [
        { ...from!.span, message: `Items of \`${first.subject}\` listed under \`${from!.name}\`` },
        ...parts.map((p) => ({ ...p.span, message: `\`${p.label}\` is \`${p.status ?? 'unknown'}\`` })),
      ],
      items: [first.subject],
      actual,
      expected,
    }]
  })
}

function listDraft(count: StatedCount, r: Recomputed): Draft<Id> {
  const entries = `${r.expected} ${r.expected === 1 ? 'entry' : 'entries'}`
  const reason = r.basis === 'sum' ? `the counts listed below add up to ${r.expected}` : `the list that follows has ${entries}`
  return {
    messageId: 'list',
    data: { actual: count.atLeast ? `${r.stated}+` : r.stated, subject: count.subject, expected: r.expected, reason },
    span: count.span,
    related: r.from ? [{ ...r.from.span, message: r.basis === 'sum' ? `Counts adding up to ${r.expected}` : `List of ${entries}` }] : [],
    items: [count.subject],
    actual: r.stated,
    expected: r.expected,
  }
}

/** How a count is named in a message: its column header in a table, else its status or "total". */
function columnName(doc: Readonly<Document>, count: StatedCount): string {
  const header = count.cell ? doc.tables[count.cell.table]?.header[count.cell.column]?.text : undefined
  return header || count.status || 'total'
}

/** A table count's whole row, else the count's own span. */
function rowSpan(doc: Readonly<Document>, count: StatedCount): Span {
  const row = count.cell ? doc.tables[count.cell.table]?.rows[count.cell.row] : undefined
  if (!row || row.length === 0) return count.span
  const first = row[0]!.span
  const last = row.at(-1)!.span
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn }
}

export const countMismatch: Rule<Id> = { meta, check }
