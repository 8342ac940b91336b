import type { Table as MdTable, TableCell } from 'mdast'
import { nameKey } from '../names.js'
import type { Cell, Table } from '../number-types.js'
import { RUNNING_HEADER } from '../table-runs.js'
import { readStatus, type StatusReading, type Vocabulary } from '../vocabulary.js'
import { addClaim, parentItem, sectionPath, span, type Walk } from './context.js'
import { bareText, findCountColumns, readTableCounts, TOTAL_ROW } from './count-tables.js'
import { isProgressLabel } from './fields.js'
import { isOnlyStatus, stripMarkers } from './headings.js'
import { plainText } from './inline.js'
import type { Owner } from './lines.js'
import { readNumberCell } from './numbers.js'
import { findPlaceholders, metadataPlaceholder } from './placeholders.js'

const STATUS_HEADER = /^(?:current |implementation |overall |impl\.? |build |test )?(?:status|state|progress|result|done|complete|completed|implemented|verdict)\??$/i
/** A column header that says its cells are statuses: "Status", and in the vocabulary's other languages "Estado", "Статус". */
const isStatusHeader = (text: string, vocab: Vocabulary) => STATUS_HEADER.test(text) || vocab.other.statusHeader(text)
const ITEM_HEADER = /\b(?:items?|features?|components?|tasks?|names?|requirements?|modules?|areas?|capabilit(?:y|ies)|services?|endpoints?|pages?|screens?|deliverables?|phases?|milestones?|stor(?:y|ies)|checks?|categor(?:y|ies)|files?|functions?|issues?|gaps?|steps?|work|debts?|fix(?:es)?|findings?|systems?|subsystems?|parts?|elements?|apis?|routes?|tests?|scenarios?|use cases?|criteri(?:on|a)|objectives?|goals?|metrics?|tools?)\b/i

/** Reads a GFM table: cells, totals, and one status claim per row when it lists items. */
export function readTable(walk: Walk, node: MdTable, owner?: Owner): void {
  const [headRow, ...bodyRows] = node.children
  if (!headRow) return
  const header = headRow.children.map((c) => readCell(walk, c, walk.vocab))
  const rows = bodyRows.map((r) => r.children.map((c) => readCell(walk, c, walk.vocab)))
  const table: Table = { header, rows, countColumns: [], sectionPath: sectionPath(walk), span: span(walk, node) }
  const totalRow = rows.findIndex((r) => TOTAL_ROW.test(bareText(r[0]?.text ?? '')))
  if (totalRow >= 0) table.totalRow = totalRow
  // "Total so far" runs on down the rows: a running total, not the sum across each row.
  const totalColumn = header.findIndex((c, i) => i > 0 && TOTAL_ROW.test(bareText(c.text)) && !RUNNING_HEADER.test(c.text))
  if (totalColumn >= 0) table.totalColumn = totalColumn
  const statusColumns = findStatusColumns(header, rows, walk.vocab)
  if (statusColumns.length > 0) {
    const itemColumn = findItemColumn(header, rows, statusColumns, walk.vocab)
    if (itemColumn !== undefined) {
      table.statusColumn = statusColumns[0]!
      table.itemColumn = itemColumn
      addRowClaims(walk, table, statusColumns, owner)
    }
  }
  for (const row of [header, ...rows]) {
    row.forEach((cell, i) => {
      const tbd = row === header ? undefined : metadataPlaceholder(header[i]?.text ?? '', cell.text)
      for (const p of [...findPlaceholders(cell.text), ...(tbd ? [tbd] : [])]) walk.facts.placeholders.push({ text: p.text, span: cell.span })
    })
  }
  table.countColumns = findCountColumns(table)
  readTableCounts(walk, table, walk.facts.tables.length)
  walk.facts.tables.push(table)
}

function readCell(walk: Walk, node: TableCell, vocab: Vocabulary): Cell {
  const text = plainText(node)
  const cell: Cell = { text, span: span(walk, node) }
  const parsed = readNumberCell(text, walk.numbers)
  if (parsed?.number !== undefined) cell.number = parsed.number
  if (parsed?.percent !== undefined) cell.percent = parsed.percent
  if (parsed?.of !== undefined) cell.of = parsed.of
  if (parsed?.approximate) cell.approximate = true
  if (parsed?.atLeast) cell.atLeast = true
  if (parsed === undefined && text.length <= 80) {
    const reading = readStatus(text, vocab)
    if (reading) cell.status = reading.status
  }
  return cell
}

/**
 * The columns that hold statuses: a column headed like one ("Status") that mostly holds statuses,
 * and every other column of short cells that are mostly statuses (a comparison matrix's "Them",
 * "Us", "Linux", "Windows"), in order.
 */
const NAME_WITH_MARKER = 12

/** Whether a cell is a status: "✅ Phase 8: Sell" is a name with a marker (no status word, more than a word or two besides it). */
function plainStatus(c: Cell, vocab: Vocabulary): boolean {
  return c.status !== undefined && (bareText(c.text).length <= NAME_WITH_MARKER || readStatus(c.text, vocab)?.word !== undefined)
}

function findStatusColumns(header: Cell[], rows: Cell[][], vocab: Vocabulary): number[] {
  const filled = (i: number) => rows.map((r) => r[i]).filter((c): c is Cell => c !== undefined && c.text !== '' && c.text !== '-')
  const statusShare = (i: number, isStatus: (c: Cell) => boolean) => {
    const cells = filled(i)
    return cells.length === 0 ? 0 : cells.filter(isStatus).length / cells.length
  }
  return header.flatMap((c, i) => {
    const named = isStatusHeader(bareText(c.text), vocab) && statusShare(i, (cell) => cell.status !== undefined) >= 0.5
    const byCells = filled(i).length >= 2 && statusShare(i, (cell) => plainStatus(cell, vocab)) >= 0.6 && filled(i).every((cell) => cell.text.length <= 40)
    return named || byCells ? [i] : []
  })
}

function findItemColumn(header: Cell[], rows: Cell[][], statusColumns: readonly number[], vocab: Vocabulary): number | undefined {
  // Letters or ids ("A", "B", "#3") label rows but do not name the items: prefer a column that does.
  const naming = (i: number) => {
    const cells = rows.map((r) => r[i]?.text ?? '').filter((t) => t !== '')
    return cells.length > 0 && cells.reduce((n, t) => n + bareText(t).length, 0) / cells.length >= 3
  }
  const named = header.findIndex((c, i) => !statusColumns.includes(i) && ITEM_HEADER.test(bareText(c.text)) && naming(i))
  if (named >= 0) return named
  const texty = header.findIndex((_c, i) => {
    if (statusColumns.includes(i) || !naming(i)) return false
    const cells = rows.map((r) => r[i]).filter((c): c is Cell => c !== undefined && c.text !== '')
    // Names, not numbers, percentages or statuses; "✅ Phase 8: Sell" names its row.
    return cells.length > 0 && cells.filter((c) => c.number === undefined && c.percent === undefined && !plainStatus(c, vocab)).length / cells.length >= 0.6
  })
  return texty >= 0 ? texty : undefined
}

/**
 * When the item column repeats ("Linux | gcc", "Linux | clang"), the next text column is part of
 * each row's identity; undefined when the item column alone tells rows apart.
 */
function qualifierColumn(table: Table, statusColumns: readonly number[]): number | undefined {
  const names = table.rows.filter((_r, i) => i !== table.totalRow).map((r) => bareText(r[table.itemColumn!]?.text ?? '').toLowerCase())
  if (new Set(names).size === names.length) return undefined
  const next = table.header.findIndex((_c, i) => i > table.itemColumn! && !statusColumns.includes(i) &&
    table.rows.every((r) => { const c = r[i]; return c !== undefined && c.number === undefined && c.status === undefined }))
  return next >= 0 ? next : undefined
}

/**
 * One claim per row and status column. With one status column (or one headed "Status") that is
 * the item's own status; every other status column is a subject of its own ("Login (Windows)"),
 * claimed apart and compared only with the same subject. A column without a header says of
 * what it is a status no more than an empty cell: it claims nothing.
 */
function addRowClaims(walk: Walk, table: Table, statusColumns: readonly number[], owner?: Owner): void {
  const parent = owner?.parent ?? parentItem(walk)
  const qualifier = qualifierColumn(table, statusColumns)
  const own = statusColumns.length === 1 ? statusColumns[0] : statusColumns.find((i) => isStatusHeader(bareText(table.header[i]?.text ?? ''), walk.vocab))
  const progress = table.header.findIndex((h, i) => !statusColumns.includes(i) && isProgressLabel(bareText(h.text), walk.vocab))
  table.rows.forEach((row, index) => {
    if (index === table.totalRow) return
    const nameCell = row[table.itemColumn!]
    if (!nameCell) return
    const extra = qualifier === undefined ? '' : bareText(row[qualifier]?.text ?? '')
    const name = [bareText(nameCell.text), extra].filter(Boolean).join(' ')
    if (name === '') return
    for (const column of statusColumns) {
      const statusCell = row[column]
      const reading = statusCell ? readStatus(statusCell.text, walk.vocab) : undefined
      const heading = bareText(table.header[column]?.text ?? '')
      if (!statusCell || !reading || (column !== own && heading === '')) continue
      const rowSpan = { ...nameCell.span, endLine: statusCell.span.endLine, endColumn: Math.max(statusCell.span.endColumn, nameCell.span.endColumn) }
      const subject = column === own ? undefined : nameKey(heading, walk.vocab.languages[0]).key
      // Only a cell that is nothing but a status: "Orders API implementata" is a note about a part.
      const read = column === own && progress >= 0 && isOnlyStatus(stripMarkers(statusCell.text).trim(), walk.vocab) ? withProgress(reading, row[progress]) : reading
      addClaim(walk, {
        name: subject === undefined ? name : `${name} (${heading})`, key: nameKey(name, walk.vocab.languages[0]).key, raw: statusCell.text, source: 'table-row',
        ...(parent ? { parent } : {}), ...(subject !== undefined ? { subject } : {}), itemHeader: nameKey(bareText(table.header[table.itemColumn!]?.text ?? ''), walk.vocab.languages[0]).key, span: rowSpan,
      }, read)
    }
  })
}

/**
 * A row's status against its own progress cell: "Phase 8 | Completed | 87%" says done and not done.
 * Sure when a status word says done; a marker alone beside a figure is often "on track" (as on a line).
 */
function withProgress(reading: StatusReading, cell: Cell | undefined): StatusReading {
  const said = reading.word ?? reading.marker
  if (reading.status !== 'done' || !said || cell?.percent === undefined || cell.percent >= 100 || cell.approximate || cell.of !== undefined) return reading
  return {
    ...reading, markerConflict: true, marker: said,
    word: { status: 'partial', raw: cell.text.trim(), by: 'word', vague: false, index: 0 },
    ...(reading.word ? {} : { figure: true as const }),
  }
}
