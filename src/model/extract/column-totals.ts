import type { Breakdown, Table } from '../number-types.js'
import { type Walk } from './context.js'
import { bareText } from './count-tables.js'
import { spanOfLine } from './lines.js'
import { lineQuantity, unitOf } from './quantities.js'

// How many lines after a table a total of one of its columns may stand ("**Total Sprint 2:** 88 points").
const NEAR = 2

/**
 * A total stated right under a table of counts, in the unit one of its columns is headed by:
 * "**Total Sprint 2:** 88 points" under a table whose "Points" column holds 8, 5, 3, …; "**Total
 * Well-Tested:** 301 statements" under a "Statements" column. The column's sum is what the total
 * should be. A table whose group rows carry subtotals ("**Epic 1: Listings** | | **24**") sums to
 * twice its stories; either the group rows or the other rows alone make the total as well. A table
 * with its own totals row is checked by that row instead.
 */
export function findColumnTotals(walk: Walk, source: readonly string[]): Breakdown[] {
  return walk.facts.tables.flatMap((table): Breakdown[] => {
    if (table.totalRow !== undefined || table.countColumns.length === 0 || table.rows.length < 2) return []
    const found: Breakdown[] = []
    for (const line of linesAfter(source, table.span.endLine)) {
      const q = lineQuantity(source[line - 1]!, walk.numbers)
      if (!q?.total || q.unit === undefined) continue
      const columns = table.countColumns.filter((c) => unitOf(bareText(table.header[c]?.text ?? '')) === q.unit)
      if (columns.length !== 1) continue
      const column = columns[0]!
      const rows = table.rows.filter((r) => r[column]?.number !== undefined)
      const groups = rows.filter((r) => groupRow(r, column))
      const sums = [rows, groups, rows.filter((r) => !groups.includes(r))].filter((g) => g.length > 0).map(sum(column))
      // As the rule reads a total: within a tenth for "~5,580", at least for "300+".
      const slack = q.approximate ? Math.max(1, 0.1 * q.value) : 0
      if (sums.some((s) => Math.abs(s - q.value) <= slack || (q.atLeast && s >= q.value))) continue
      // The parts shown are the group rows when there are any (each a subtotal), else every row.
      const parts = groups.length >= 2 ? groups : rows
      found.push({
        subject: q.label, value: q.value, approximate: q.approximate, atLeast: q.atLeast, span: spanOfLine(walk, source, line), where: 'column',
        parts: parts.map((r) => ({ label: bareText(r[table.itemColumn ?? 0]?.text ?? ''), value: r[column]!.number!, span: r[column]!.span })),
      })
    }
    return found
  })
}

/** The non-blank lines right under a table, up to the next table or heading. */
function linesAfter(source: readonly string[], endLine: number): number[] {
  const lines: number[] = []
  for (let line = endLine + 1; line <= source.length && lines.length < NEAR; line++) {
    const text = source[line - 1]!.trim()
    if (text === '') continue
    if (/^(?:[|#]|```|---)/.test(text)) break
    lines.push(line)
  }
  return lines
}

/** A row that only names a group and gives its subtotal: besides the count, one cell filled at most. */
function groupRow(row: Table['rows'][number], column: number): boolean {
  return row.filter((cell, c) => c !== column && cell.text.trim() !== '').length <= 1
}

function sum(column: number) {
  return (rows: Table['rows']) => rows.reduce((a, r) => a + r[column]!.number!, 0)
}
