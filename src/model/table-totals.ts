import type { Cell, Table } from './number-types.js'
import { lastRunning, runningColumns, valueOf } from './table-runs.js'

/** A totals cell of a table and what its parts add up to. */
export interface TotalCheck {
  /**
   * 'row': a cell of the totals row (the column's sum); 'column': a cell of the totals column (the
   * row's sum); 'running': the totals row's cell of a running-total column (its last value).
   */
  kind: 'row' | 'column' | 'running'
  /** The column header or the row label the total is for. */
  label: string
  cell: Cell
  stated: number
  expected: number
  /** Other values that are right as well: the mean, for an "Overall" or "All" row. */
  alternatives: number[]
  /** How the numbers were written: "~250" (within a tenth), "369+" or a part "50+" (bounds). */
  approximate: boolean
  /** The stated total is a lower bound ("369+"). */
  atLeast: boolean
  /** Some part is a lower bound ("50+"): the sum is at least `expected`. */
  partsAtLeast: boolean
  /** The cells added up, each with its row label (down a column) or column header (across a row). */
  parts: { label: string; cell: Cell }[]
}

const AVERAGE_ROW = /^\s*(?:overall|all)\b/i

/** The totals of a table's totals row and totals column, over its count columns only. */
export function tableTotals(table: Readonly<Table>): TotalCheck[] {
  return [...rowTotals(table), ...columnTotals(table)]
}

/**
 * Sums down each count column into the totals row; a running total's cell there is its last value,
 * not the sum of its rows.
 */
function rowTotals(table: Readonly<Table>): TotalCheck[] {
  const t = table.totalRow
  if (t === undefined) return []
  const totalRow = table.rows[t]!
  const body = table.rows.filter((_r, i) => i !== t)
  if (body.length < 2) return []
  // "Overall" may head a row of averages rather than sums; either is accepted there.
  const average = AVERAGE_ROW.test(totalRow[0]?.text ?? '')
  const runs = runningColumns(table)
  const running = runs.flatMap((run) => {
    const cell = totalRow[run.column]
    const last = lastRunning(table, run)
    if (valueOf(cell) === undefined || last === undefined) return []
    const lastCell = table.rows[last.row]![run.column]!
    return [{
      kind: 'running' as const, label: table.header[run.column]?.text ?? '', cell: cell!, stated: cell!.number!, expected: last.value, alternatives: [],
      approximate: false, atLeast: false, partsAtLeast: false, parts: [{ label: table.rows[last.row]![0]?.text ?? '', cell: lastCell }],
    }]
  })
  return [...running, ...table.countColumns.filter((c) => !runs.some((r) => r.column === c)).flatMap((c) => {
    const cell = totalRow[c]
    const parts = body.map((r) => r[c])
    if (cell?.number === undefined || parts.some((p) => p?.number === undefined)) return []
    const values = parts.map((p) => p!.number!)
    const expected = values.reduce((a, b) => a + b, 0)
    return [{
      kind: 'row' as const,
      label: table.header[c]?.text ?? '',
      cell,
      stated: cell.number,
      expected,
      alternatives: [...(average ? [Math.round(expected / values.length)] : []), ...(t === 0 ? leadingSums(values) : [])],
      approximate: cell.approximate === true || parts.some((p) => p!.approximate === true),
      atLeast: cell.atLeast === true,
      partsAtLeast: parts.some((p) => p!.atLeast === true),
      parts: body.map((r) => ({ label: r[0]?.text ?? '', cell: r[c]! })),
    }]
  })]
}

/**
 * A total heading a table may sum only the rows right under it: "Total tasks 1,229" over "Done
 * 847" and "Pending 382", then rows of modules. Each sum of the first two rows or more is right.
 */
function leadingSums(values: readonly number[]): number[] {
  const sums: number[] = []
  let sum = values[0] ?? 0
  for (let i = 1; i < values.length - 1; i++) sums.push(sum += values[i]!)
  return sums
}

/** Sums across each row into the totals column: the status columns, else every count column before it. */
function columnTotals(table: Readonly<Table>): TotalCheck[] {
  const t = table.totalColumn
  if (t === undefined || !table.countColumns.includes(t)) return []
  const runs = runningColumns(table)
  if (runs.some((r) => r.column === t)) return []
  const before = table.countColumns.filter((c) => c < t && !runs.some((r) => r.column === c))
  const byStatus = before.filter((c) => table.header[c]?.status !== undefined)
  const columns = byStatus.length >= 2 ? byStatus : before
  if (columns.length < 2) return []
  return table.rows.flatMap((row) => {
    const cell = row[t]
    const parts = columns.map((c) => row[c])
    if (cell?.number === undefined || parts.some((p) => p?.number === undefined)) return []
    const expected = parts.reduce((a, p) => a + p!.number!, 0)
    const labelled = columns.map((c) => ({ label: table.header[c]?.text ?? '', cell: row[c]! }))
    return [{
      kind: 'column' as const, label: row[0]?.text ?? '', cell, stated: cell.number, expected, alternatives: [], parts: labelled,
      approximate: cell.approximate === true || parts.some((p) => p!.approximate === true), atLeast: cell.atLeast === true, partsAtLeast: parts.some((p) => p!.atLeast === true),
    }]
  })
}
