import type { RootContent } from 'mdast'
import type { Span } from '../../contract/span.js'
import type { Restated, StatedChange, Table } from '../number-types.js'
import { ADDED_HEADER, lastRunning, RUNNING_HEADER, runningColumns, valueOf } from '../table-runs.js'
import type { Section } from '../types.js'
import { type Walk } from './context.js'
import { bareText } from './count-tables.js'
import { inlineLines } from './inline.js'
import { spanOfLine } from './lines.js'
import { proseChanges, proseCounts, type ProseCount } from './prose-numbers.js'
import { unitOf } from './quantities.js'
import { WORDS } from '../letters.js'

type Container = { children: RootContent[] }
/** What a table gives for a unit: the value, how, the header or row it is read from, and its cells. */
interface Given { value: number; where: Restated['where']; column: string; cells: Span[]; also: number[] }

const BEFORE = /\b(?:before|old|previous|prev|was|baseline)\b/i
const AFTER = /\b(?:after|new|current|now)\b/i

/**
 * The noun a column header or row label counts when it names nothing else: "Tests", "Test count",
 * "Number of files", "Cumulative tests"; none for a part or a kind ("Failing tests", "Unit tests").
 */
export function headerUnit(text: string): string | undefined {
  const words = bareText(text).replace(/\([^()]*\)/g, ' ').replace(RUNNING_HEADER, ' ').replace(/\b(?:count|counts|number|no|of|total|totals|sum|all)\b|#/gi, ' ').match(WORDS) ?? []
  return words.length === 1 ? unitOf(words[0]!) : undefined
}

/**
 * Numbers prose restates of a table in its reach (its own section, or the section a summary
 * section sums up): "Total: 659 tests" or "659 tests across 34 files" against the total of the one
 * table with a column of tests, the 34 against that table's rows when they are files, and "from
 * 1,347 to 2,001 tests" against a table's before and after values for tests. Also every change
 * stated with its percentage ("+48%"), to check against the change itself.
 */
export function findRestated(walk: Walk, source: readonly string[], root: Container): { restated: Restated[]; changes: StatedChange[] } {
  const restated: Restated[] = []
  const changes: StatedChange[] = []
  const { tables, sections } = walk.facts
  const visit = (container: Container, depth: number) => {
    if (depth > 50) return
    for (const node of container.children) {
      if (node.type === 'paragraph') {
        for (const l of inlineLines(node, node.position?.start.line ?? 1)) readLine(l.prose, spanOfLine(walk, source, l.line), l.line)
      } else if ('children' in node && node.type !== 'table' && node.type !== 'heading') visit(node as Container, depth + 1)
    }
  }
  const readLine = (text: string, span: Span, line: number) => {
    const counts = proseCounts(text)
    const stated = proseChanges(text)
    if (counts.length === 0 && stated.length === 0) return
    const reach = inReach(tables, sections, line)
    for (const count of counts) {
      const hit = totalFor(reach, count, span)
      if (hit) restated.push(hit)
      const rows = count.over && rowsFor(reach, count.over, count, span)
      if (rows) restated.push(rows)
    }
    for (const c of stated) {
      if (c.percent && c.from !== 0) changes.push({ subject: c.word, from: c.from, to: c.to, percent: c.percent.value, text: c.percent.text, approximate: c.percent.approximate, span })
      const pair = pairFor(reach, c.unit)
      if (pair && (pair.before.value === c.from) !== (pair.after.value === c.to)) {
        restated.push({ kind: 'change', unit: c.word, value: c.to, from: c.from, expected: pair.after.value, expectedFrom: pair.before.value, column: pair.row, where: 'row', approximate: false, table: pair.table, cells: [pair.before.span, pair.after.span], span })
      } else if (!pair) {
        const hit = totalFor(reach, { value: c.to, unit: c.unit, word: c.word, approximate: false, atLeast: false }, span)
        if (hit) restated.push(hit)
      }
    }
  }
  visit(root, 0)
  return { restated, changes }
}

/** The tables a line can speak of: those of its section, or of the section its summary section is in. */
function inReach(tables: readonly Table[], sections: readonly Section[], line: number): { table: Table; index: number }[] {
  const around = sections.filter((s) => s.span.line <= line && line <= s.endLine)
  let own = around.at(-1)
  if (own?.documentLevel) own = around.filter((s) => s.depth < own!.depth).at(-1)
  const [from, to] = own ? [own.span.line, own.endLine] : [1, Infinity]
  return tables.map((table, index) => ({ table, index })).filter(({ table }) => table.span.line >= from && table.span.line <= to)
}

/** What the one table in reach with a count column of the unit gives as its total, when it says another number. */
function totalFor(reach: ReturnType<typeof inReach>, count: ProseCount, span: Span): Restated | undefined {
  // A table without a totals row may list only some rows ("the slowest three"): its sum is the
  // whole only when the line counts its rows too ("659 tests across 34 files" over 34 files).
  const found = reach.flatMap(({ table, index }) => {
    const given = totalsOf(table, count.unit).filter((g) => g.where !== 'sum' || (count.over !== undefined && itemUnit(table) === count.over.unit && bodyCount(table) === count.over.value))
    return given.length > 0 ? [{ index, given }] : []
  })
  if (found.length !== 1) return undefined
  const { index, given } = found[0]!
  // Two columns of the unit that give two numbers ("Passing tests", "Failing tests"): which one is meant cannot be told.
  if (new Set(given.map((g) => g.value)).size !== 1) return undefined
  const values = given.flatMap((g) => [g.value, ...g.also])
  if (values.some((v) => agrees(count, v))) return undefined
  const g = given[0]!
  return { kind: 'total', unit: count.word, value: count.value, expected: g.value, column: g.column, where: g.where, approximate: count.approximate, table: index, cells: g.cells, span }
}

/** Whether a stated count is the table's: exactly, within a tenth for "~660", at most for "650+". */
function agrees(count: ProseCount, value: number): boolean {
  if (count.atLeast) return value >= count.value
  return count.approximate ? Math.abs(value - count.value) <= Math.max(1, 0.1 * count.value) : value === count.value
}

/** The totals a table gives for the count columns of a unit: its totals cell, else its sum; a running total's last value. */
function totalsOf(table: Table, unit: string): Given[] {
  const runs = runningColumns(table)
  const totalRow = table.totalRow === undefined ? undefined : table.rows[table.totalRow]
  const body = table.rows.filter((_r, i) => i !== table.totalRow)
  // A running total without a noun of its own counts what it adds up ("Tests added" | "Cumulative").
  const unitOfColumn = (c: number) => {
    const run = runs.find((r) => r.column === c)
    const own = headerUnit(table.header[c]?.text ?? '')
    if (run) return own ?? unitOf(table.header[run.added]?.text ?? '')
    return ADDED_HEADER.test(table.header[c]?.text ?? '') ? undefined : own
  }
  return table.countColumns.filter((c) => c !== table.itemColumn && unitOfColumn(c) === unit).flatMap((c): Given[] => {
    const column = table.header[c]?.text ?? ''
    const run = runs.find((r) => r.column === c)
    const last = run && lastRunning(table, run)
    if (last) return [{ value: last.value, where: 'running', column, cells: [table.rows[last.row]![c]!.span], also: [] }]
    const values = body.map((r) => valueOf(r[c]) ?? (r[c]?.text.trim() === '' ? 0 : undefined))
    const sum = values.every((v) => v !== undefined) ? values.reduce((a, b) => a! + b!, 0)! : undefined
    const cell = totalRow?.[c]
    const stated = valueOf(cell)
    if (stated !== undefined) return [{ value: stated, where: 'total', column, cells: [cell!.span], also: sum === undefined ? [] : [sum] }]
    return sum === undefined ? [] : [{ value: sum, where: 'sum', column, cells: [table.span], also: [] }]
  })
}

/**
 * The rows of the one table in reach whose items are of the unit ("34 files" and a table of files),
 * when the table is the whole: it has a totals row, or it gives the count the line spreads over them.
 */
function rowsFor(reach: ReturnType<typeof inReach>, over: ProseCount, count: ProseCount, span: Span): Restated | undefined {
  const found = reach.filter(({ table }) => {
    const item = table.itemColumn ?? 0
    return itemUnit(table) === over.unit && totalsOf(table, over.unit).length === 0
  })
  if (found.length !== 1) return undefined
  const { table, index } = found[0]!
  const whole = table.totalRow !== undefined || totalsOf(table, count.unit).some((g) => g.value === count.value)
  const rows = bodyCount(table)
  if (!whole || agrees(over, rows)) return undefined
  return { kind: 'rows', unit: over.word, value: over.value, expected: rows, column: table.header[table.itemColumn ?? 0]?.text ?? '', where: 'rows', approximate: over.approximate, table: index, cells: [table.span], span }
}

/** The noun the rows of a table are, by its item column's header ("File", "Test file"). */
function itemUnit(table: Table): string | undefined {
  const item = table.itemColumn ?? 0
  return table.countColumns.includes(item) ? undefined : unitOf(bareText(table.header[item]?.text ?? ''))
}

/** The rows of a table without its totals row. */
function bodyCount(table: Table): number {
  return table.rows.length - (table.totalRow === undefined ? 0 : 1)
}

/** The before and after values the one table in reach with Before and After columns gives for a unit. */
function pairFor(reach: ReturnType<typeof inReach>, unit: string): { table: number; row: string; before: { value: number; span: Span }; after: { value: number; span: Span } } | undefined {
  const found = reach.flatMap(({ table, index }) => {
    const before = table.header.findIndex((h, i) => i > 0 && BEFORE.test(h.text))
    const after = table.header.findIndex((h, i) => i > 0 && AFTER.test(h.text))
    if (before < 0 || after < 0 || before === after) return []
    const named = (i: number) => headerUnit(table.header[i]?.text ?? '') === unit
    return table.rows.flatMap((row, r) => {
      const b = valueOf(row[before])
      const a = valueOf(row[after])
      const label = row[0]?.text ?? ''
      if (b === undefined || a === undefined || !(headerUnit(label) === unit || (r === table.totalRow && named(before) && named(after)))) return []
      return [{ table: index, row: bareText(label), before: { value: b, span: row[before]!.span }, after: { value: a, span: row[after]!.span } }]
    })
  })
  return found.length === 1 ? found[0] : undefined
}
