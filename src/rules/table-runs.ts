import { runBreaks, runningColumns } from '../model/table-runs.js'
import type { TotalCheck } from '../model/table-totals.js'
import type { Restated, Table } from '../model/number-types.js'
import type { Document } from '../model/types.js'
import type { Draft } from './types.js'

/** Messages of count-mismatch about running totals and numbers prose restates of a table. */
export const TABLE_MESSAGES = {
  running: 'Unexpected running total `{actual}` for `{row}` in `{column}`, expected `{expected}`: `{previous}` at line {otherLine} plus `{added}` `{addedColumn}`',
  runningTotal: 'Unexpected total `{actual}` for `{column}`, expected `{expected}`, the last running total (`{row}`, line {otherLine})',
  restated: 'Unexpected count `{actual}` of {unit}, expected `{expected}`: {where} (line {otherLine})',
  change: 'Unexpected change `{actual}` of {unit}, expected `{expected}` as the table gives for `{row}` (line {otherLine})',
} as const

type Id = keyof typeof TABLE_MESSAGES

/**
 * One finding per break of a running total: the row, and the row above it that it goes on from.
 * A slip carried on below is one break, not one per row (see model/table-runs.ts).
 */
export function runningDrafts(doc: Readonly<Document>): Draft<Id>[] {
  return doc.tables.flatMap((table) => runningColumns(table).flatMap((run) => runBreaks(table, run).map((b) => {
    const row = table.rows[b.row]!
    const previous = table.rows[b.previousRow]![run.column]!
    const label = rowLabel(table, b.row)
    const column = table.header[run.column]?.text ?? ''
    return {
      messageId: 'running' as const,
      data: { actual: b.stated, row: label, column, expected: b.expected, previous: b.previous, otherLine: previous.span.line, added: b.added, addedColumn: table.header[run.added]?.text ?? '' },
      span: row[run.column]!.span,
      related: [
        { ...previous.span, message: `\`${rowLabel(table, b.previousRow)}\`: ${b.previous}` },
        { ...row[run.added]!.span, message: `\`${table.header[run.added]?.text ?? ''}\`: ${b.added}` },
      ],
      items: [label],
      actual: b.stated,
      expected: b.expected,
    }
  })))
}

/** The totals row's cell of a running total that is not its last value. */
export function runningTotalDraft(t: TotalCheck): Draft<Id> {
  const last = t.parts[0]!
  return {
    messageId: 'runningTotal',
    data: { actual: t.stated, column: t.label, expected: t.expected, row: last.label, otherLine: last.cell.span.line },
    span: t.cell.span,
    related: [{ ...last.cell.span, message: `\`${last.label}\`: ${t.expected}` }],
    items: [t.label],
    actual: t.stated,
    expected: t.expected,
  }
}

const WHERE: Record<Restated['where'], (r: Restated) => string> = {
  total: (r) => `the totals row of the table gives ${r.expected} for \`${r.column}\``,
  sum: (r) => `the \`${r.column}\` column of the table adds up to ${r.expected}`,
  running: (r) => `the last running total of \`${r.column}\` in the table is ${r.expected}`,
  rows: (r) => `the table of \`${r.column}\` has ${r.expected} rows`,
  row: (r) => `the table gives ${r.expected} for \`${r.column}\``,
}

/** A number prose restates of a table that the table gives otherwise. */
export function restatedDrafts(doc: Readonly<Document>): Draft<Id>[] {
  return doc.restated.map((r): Draft<Id> => {
    const table = doc.tables[r.table]!
    const otherLine = r.cells[0]?.line ?? table.span.line
    const related = r.cells.map((span) => ({ ...span, message: r.where === 'rows' || r.where === 'sum' ? WHERE[r.where](r) : `\`${r.column}\`` }))
    if (r.kind === 'change') {
      const actual = `${r.from} → ${r.value}`
      const expected = `${r.expectedFrom} → ${r.expected}`
      return { messageId: 'change' as const, data: { actual, unit: r.unit, expected, row: r.column, otherLine }, span: r.span, related, items: [r.unit], actual, expected }
    }
    return {
      messageId: 'restated' as const,
      data: { actual: `${r.approximate ? '~' : ''}${r.value}`, unit: r.unit, expected: r.expected, where: WHERE[r.where](r), otherLine },
      span: r.span,
      related,
      items: [r.unit],
      actual: r.value,
      expected: r.expected,
    }
  })
}

/** How a row is named in a message: its first cell. */
function rowLabel(table: Readonly<Table>, row: number): string {
  return (table.rows[row]?.[0]?.text ?? '').replace(/[*_`]/g, '').trim()
}
