import type { Cell, Table } from './number-types.js'

/** A column of running totals: each row the previous row's value plus this row's value of `added`. */
export interface RunningColumn {
  column: number
  /** The column it adds up row by row ("Added", "New tests"). */
  added: number
  /** Whether its header says it is cumulative ("Cumulative", "Running total", "Σ"), not only its values. */
  named: boolean
}

/** A row whose running total is not the previous row's plus what this row adds. */
export interface RunBreak {
  row: number
  /** The row the running total goes on from: the last one above with a value. */
  previousRow: number
  stated: number
  expected: number
  previous: number
  added: number
}

/** A header that says its column runs on from row to row. */
export const RUNNING_HEADER = /\b(?:cumulative|cumul|accumulated|running\s+(?:total|sum|count)s?|(?:total|sum)\s+(?:so\s+far|to\s+date)|so\s+far|to\s+date)\b|[Σ∑]/i
/** A header of what each row adds: "Added", "New", "Tests added", "Δ", "+", "This week". */
export const ADDED_HEADER = /\b(?:added|new|delta|increment|gained|this\s+(?:week|sprint|month|run|period|release|phase))\b|^\W*[+Δ∆]/i
const DASH = /^[\s*_]*[-–—]?[\s*_]*$/

/** The value of a cell that states one exactly: not empty, not a dash read as 0, not "~5" or "5+". */
export function valueOf(cell: Cell | undefined): number | undefined {
  if (cell?.number === undefined || DASH.test(cell.text) || cell.approximate === true || cell.atLeast === true) return undefined
  return cell.number
}

/** The body rows of a table (without its totals row), by index into `rows`. */
function bodyRows(table: Readonly<Table>): number[] {
  return table.rows.map((_r, i) => i).filter((i) => i !== table.totalRow)
}

/**
 * The running-total columns of a table: a count column whose header says it is cumulative, or one
 * that adds up a column headed as what each row adds ("Added", "New") on all but one row at most.
 * A column that only increases is none: its rows must be the sums of another column's.
 */
export function runningColumns(table: Readonly<Table>): RunningColumn[] {
  const rows = bodyRows(table)
  if (rows.length < 3) return []
  const found: RunningColumn[] = []
  for (const column of table.countColumns) {
    // "Week | Added | Total": a totals column that sums no row may be the running total.
    if (column === table.totalColumn && rowSums(table, column, rows)) continue
    const named = RUNNING_HEADER.test(table.header[column]?.text ?? '') && !rowSums(table, column, rows)
    const candidates = table.countColumns.filter((a) => a !== column && a !== table.totalColumn && !RUNNING_HEADER.test(table.header[a]?.text ?? ''))
    const scored = candidates.map((added) => {
      const run = { column, added, named }
      return { run, ...holding(table, run), breaks: runBreaks(table, run).length, addedHeader: ADDED_HEADER.test(table.header[added]?.text ?? '') }
    }).filter((s) => s.holds >= 1 && 2 * s.holds >= s.steps && (named || (s.addedHeader && s.holds >= 2 && s.breaks <= 1)))
    scored.sort((x, y) => y.holds - x.holds || Number(y.addedHeader) - Number(x.addedHeader))
    if (scored[0]) found.push(scored[0].run)
  }
  return found
}

/** Whether a column is, on every row, the sum of the row's other counts ("Σ" as a row total). */
function rowSums(table: Readonly<Table>, column: number, rows: readonly number[]): boolean {
  const others = table.countColumns.filter((c) => c !== column)
  return others.length >= 2 && rows.every((r) => {
    const row = table.rows[r]!
    return row[column]?.number === others.reduce((sum, c) => sum + (row[c]?.number ?? 0), 0)
  })
}

/**
 * Of the rows (after the first) that can be checked, those that add something and do not break
 * the running total (a row mending the slip above it included).
 */
function holding(table: Readonly<Table>, run: RunningColumn): { holds: number; steps: number } {
  const broken = new Set(runBreaks(table, run).map((b) => b.row))
  let holds = 0
  let steps = 0
  pairs(table, run, (row, _prevRow, _stated, _previous, added) => {
    steps++
    if (added !== 0 && !broken.has(row)) holds++
  })
  return { holds, steps }
}

/** Calls `visit` for each body row with a running total, the last row above with one, and the value added. */
function pairs(table: Readonly<Table>, run: RunningColumn, visit: (row: number, prevRow: number, stated: number, previous: number, added: number) => void): void {
  let prevRow: number | undefined
  for (const row of bodyRows(table)) {
    const stated = valueOf(table.rows[row]![run.column])
    if (stated === undefined) continue
    const added = valueOf(table.rows[row]![run.added])
    if (prevRow !== undefined && added !== undefined) visit(row, prevRow, stated, valueOf(table.rows[prevRow]![run.column])!, added)
    prevRow = row
  }
}

/**
 * The rows where the running total breaks. A row that is right against what the row before it
 * should have been is not reported: its break is the same slip seen from the other side, and a
 * slip carried on below does not break the rows that carry it.
 */
export function runBreaks(table: Readonly<Table>, run: RunningColumn): RunBreak[] {
  const found: RunBreak[] = []
  let last: RunBreak | undefined
  pairs(table, run, (row, previousRow, stated, previous, added) => {
    const expected = previous + added
    const mended = last !== undefined && last.row === previousRow && stated === last.expected + added
    if (stated !== expected && !mended) found.push((last = { row, previousRow, stated, expected, previous, added }))
    else last = undefined
  })
  return found
}

/** The last running total of the body, and its row. */
export function lastRunning(table: Readonly<Table>, run: RunningColumn): { row: number; value: number } | undefined {
  const rows = bodyRows(table)
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = valueOf(table.rows[rows[i]!]![run.column])
    if (value !== undefined) return { row: rows[i]!, value }
  }
  return undefined
}
