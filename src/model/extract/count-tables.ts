import type { Status } from '../../contract/status.js'
import type { Cell, Table } from '../number-types.js'
import { readStatus, type Vocabulary } from '../vocabulary.js'
import { sectionPath, type Walk } from './context.js'
import { stripMarkers, stripNumbering, trimSeparators } from './headings.js'
import { LETTER } from '../letters.js'

// Headers of numbers that are not counts of anything: adding them up means nothing.
const NOT_COUNTS = /\b(?:versions?|ver|release|years?|yr|ports?|prices?|costs?|amount|budget|revenue|fees?|salary|usd|eur|gbp|dates?|day|month|week|line|ln|id|ids|no|score|rating|grade|rank|priority|phase|step|sprint|avg|average|mean|median|percent|percentage|coverage|rate|ratio|latency|size|pr|ref|build)\b|#|[$€£¥%]/i
const TOTAL_HEADER = /^(?:total|totals|sum|count|all|items|number)$/i
/** First cell of a totals row: Total, Sum, Overall, All (in bold or not). */
export const TOTAL_ROW = new RegExp(String.raw`^(?:(?:grand\s+)?(?:total|totals|sum|overall|all)\b|(?:totale?s?|gesamt|insgesamt|somma|suma|soma|итого|всего)(?![${LETTER}])|总计|合计|總計|合計)`, 'iu')
const DASH = /^[-–—]$/
const MAX_STATUS_HEADER = 30

/** Text of a cell without markers, numbering and emphasis leftovers. */
export function bareText(text: string): string {
  return trimSeparators(stripMarkers(stripNumbering(text)))
}

/**
 * Columns of plain counts: every filled body cell a whole number (a dash reads as 0), no
 * fractions, and a header that does not name versions, years, ports, prices, dates or line numbers.
 */
export function findCountColumns(table: Table): number[] {
  const columns: number[] = []
  table.header.forEach((head, c) => {
    if (NOT_COUNTS.test(head.text)) return
    const cells = table.rows.map((r) => r[c]).filter((cell): cell is Cell => cell !== undefined && cell.text !== '')
    const numbers = cells.filter((cell) => cell.number !== undefined)
    if (numbers.length === 0 || cells.some((cell) => !isCount(cell) && !DASH.test(cell.text))) return
    // A column of years (1990, 2024) holds dates, not counts.
    if (numbers.every((cell) => cell.number! >= 1900 && cell.number! <= 2100)) return
    columns.push(c)
  })
  for (const c of columns) {
    for (const row of table.rows) {
      const cell = row[c]
      if (cell && DASH.test(cell.text)) cell.number = 0
    }
  }
  return columns
}

function isCount(cell: Cell): boolean {
  return cell.number !== undefined && Number.isInteger(cell.number) && cell.of === undefined && !/^\D*0\d/.test(cell.text)
}

/** The status a column header names ("Complete" → done, "Missing" → todo), or 'total'. */
export function headerStatus(table: Table, column: number, vocab: Vocabulary): Status | 'total' | undefined {
  const text = bareText(table.header[column]?.text ?? '')
  if (column === table.totalColumn || TOTAL_HEADER.test(text)) return 'total'
  if (text.length > MAX_STATUS_HEADER) return undefined
  return readStatus(text, vocab)?.status
}

/**
 * Records the counts a summary table states: per row, one per status column and totals column
 * ("| Infrastructure | 2 | 1 | 3 | 6 |"), and the shares written beside counts ("6 (50%)").
 */
export function readTableCounts(walk: Walk, table: Table, index: number): void {
  const label = table.countColumns.includes(0) ? -1 : 0
  if (label < 0) return
  const statuses = table.countColumns.map((c) => ({ column: c, status: headerStatus(table, c, walk.vocab) }))
  const counted = statuses.filter((s) => s.status !== undefined)
  if (counted.length === 0) return
  const path = sectionPath(walk)
  table.rows.forEach((row, r) => {
    const subject = bareText(row[label]?.text ?? '')
    if (subject === '') return
    const overall = r === table.totalRow || TOTAL_ROW.test(subject)
    for (const { column, status } of counted) {
      const cell = row[column]
      if (cell?.number === undefined) continue
      const base = { subject, approximate: cell.approximate === true, source: 'table' as const, overall, sectionPath: path, span: cell.span }
      if (!overall) {
        walk.facts.counts.push({ ...base, ...(status !== 'total' ? { status } : {}), value: cell.number, kind: 'count', cell: { table: index, row: r, column } })
      }
      const whole = shareOf(table, row, r, column)
      if (cell.percent !== undefined && whole) {
        walk.facts.counts.push({
          ...base, ...(status !== 'total' ? { status } : {}), value: cell.percent, kind: 'percent',
          ratio: { count: cell.number, of: whole.number!, ofSpan: whole.span },
        })
      }
    }
  })
}

/** The whole a share in a cell is taken of: the row's total, else the column's total. */
function shareOf(table: Table, row: Cell[], r: number, column: number): Cell | undefined {
  const rowTotal = table.totalColumn !== undefined && table.totalColumn !== column ? row[table.totalColumn] : undefined
  if (rowTotal?.number !== undefined) return rowTotal
  const columnTotal = table.totalRow !== undefined && table.totalRow !== r ? table.rows[table.totalRow]?.[column] : undefined
  return columnTotal?.number !== undefined ? columnTotal : undefined
}
