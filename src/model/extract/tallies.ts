import type { StatusClaim } from '../types.js'
import type { TableShare, Tally } from '../number-types.js'
import { readPercent } from './numbers.js'
import { type Walk } from './context.js'
import { stripMarkers } from './headings.js'
import { spanOfLine } from './lines.js'
import { LETTER } from '../letters.js'

// "23/26 Passed", "26/26 Categories ✅", "Pass Rate: 5/9 (55%)", "Migrated: 28 of 35".
const FRACTION = /(?<![\d./])(\d{1,4})\s?(?:\/|\bof\b|\bout of\b)\s?(\d{1,4})(?![\d/.])/
const DONE_WORD = new RegExp(String.raw`(?<![${LETTER}])(?:pass(?:ed|ing|es)?|complete[ds]?|completed|done|implemented|ready|migrated|fixed|resolved|working|finished|green|succeeded|success)(?![${LETTER}])`, 'iu')
const DONE_MARK = /[✅✔☑]/u

/**
 * A count of done rows stated right before or after a table with a status per row: "Overall Score:
 * 23/26 Passed (88%)" under a 26-row results table, "### Coverage: 26/26 Categories ✅" over one.
 * Only where the whole is the table's row count (so the table is plainly what it counts) and the
 * line says the count is of done things (a done word, or ✅ after the fraction).
 */
export function findTallies(walk: Walk, source: readonly string[]): Tally[] {
  const found: Tally[] = []
  const claimsAt = new Map<number, StatusClaim[]>()
  for (const c of walk.facts.claims) {
    if (c.source !== 'table-row' || c.subject !== undefined) continue
    const list = claimsAt.get(c.span.line)
    if (list) list.push(c)
    else claimsAt.set(c.span.line, [c])
  }
  walk.facts.tables.forEach((table, index) => {
    if (table.statusColumn === undefined) return
    const rows = table.rows.filter((_r, i) => i !== table.totalRow)
    const lines = rows.map((r) => r[0]?.span.line ?? 0)
    if (!lines.every((l) => claimsAt.has(l))) return
    const done = lines.filter((l) => claimsAt.get(l)!.every((c) => c.status === 'done'))
    for (const [side, line] of [['below', neighbour(source, table.span.line, -1)], ['above', neighbour(source, table.span.endLine, 1)]] as const) {
      if (line === undefined) continue
      const tally = readTally(source[line - 1]!)
      if (!tally || tally.of !== rows.length) continue
      found.push({ subject: tally.subject, value: tally.value, of: tally.of, table: index, side, done: done.length, rows: rows.length, span: spanOfLine(walk, source, line), doneLines: done })
    }
  })
  return found
}

/** The nearest line with text before (step -1) or after (step 1) a line, across blank lines only. */
function neighbour(source: readonly string[], from: number, step: 1 | -1): number | undefined {
  for (let line = from + step; line >= 1 && line <= source.length; line += step) {
    const text = source[line - 1]!.trim()
    if (text === '') continue
    return /^[|]/.test(text) ? undefined : line
  }
  return undefined
}

/** A done count with its whole on one line, and what it is about (the words before it). */
function readTally(raw: string): { subject: string; value: number; of: number } | undefined {
  if (raw.length > 300) return undefined
  const text = raw.replace(/^#+\s*/, '').replace(/[*_`]/g, '')
  const m = FRACTION.exec(text)
  if (!m) return undefined
  const before = text.slice(0, m.index)
  const after = text.slice(m.index + m[0].length)
  if (!DONE_WORD.test(before + ' ' + after.slice(0, 40)) && !DONE_MARK.test(after)) return undefined
  const value = Number(m[1])
  const of = Number(m[2])
  if (of === 0 || value > of) return undefined
  const subject = stripMarkers(before).replace(/[:\s]+$/, '').trim() || stripMarkers(text).trim()
  return { subject, value, of }
}


// "Overall", "Total", "Project completion" in the line of a percentage that sums a table up.
const WHOLE = new RegExp(String.raw`(?<![${LETTER}])(?:overall|total|totale|totales|gesamt|project|projet|progetto|proyecto|projeto|average|mean)(?![${LETTER}])`, 'iu')

// A row naming a point in time: a week, a day, a month, a date, a quarter, a version.
const TIME_POINT = /^(?:(?:week|day|month|semana|día|dia|woche|tag|monat|semaine|jour|mois|settimana|giorno|mese|неделя|день|месяц)\s*\d{1,3}\b|\d{4}-\d{2}(?:-\d{2})?\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|q[1-4]\b|v?\d+\.\d+(?:\.\d+)?\b)/iu

/**
 * An overall percentage stated right before or after a table with one column of percentages
 * ("**Total project: ~85%**" under the areas' completion column): the mean of that column.
 */
export function findTableShares(walk: Walk, source: readonly string[]): TableShare[] {
  const found: TableShare[] = []
  walk.facts.tables.forEach((table, index) => {
    const rows = table.rows.filter((_r, i) => i !== table.totalRow)
    if (rows.length < 2) return
    const columns = table.header.map((_h, c) => c).filter((c) => rows.every((r) => r[c]?.percent !== undefined && r[c]?.number === undefined))
    if (columns.length !== 1) return
    // Rows that are points in time ("Week 1 | 20%", "2024-03 | 40%"): a series, whose overall is its last value, not its mean.
    if (rows.filter((r) => TIME_POINT.test(r[0]?.text.replace(/[*_`]/g, '').trim() ?? '')).length * 2 > rows.length) return
    const values = rows.map((r) => r[columns[0]!]!.percent!)
    const mean = values.reduce((a, b) => a + b, 0) / values.length
    for (const [side, line] of [['below', neighbour(source, table.span.line, -1)], ['above', neighbour(source, table.span.endLine, 1)]] as const) {
      if (line === undefined) continue
      const text = stripMarkers(source[line - 1]!.replace(/[*_`#]/g, ''))
      // Only a field of its own ("Total project: ~85%"), not a sentence that mentions an overall figure.
      const pct = WHOLE.test(text) && /^[^:%]{1,60}:\s*[~≈]?\s*\d{1,3}(?:[.,]\d+)?\s?%/.test(text.trim()) ? readPercent(text, false, walk.vocab, walk.numbers) : undefined
      if (!pct) continue
      const subject = text.slice(0, pct.index).replace(/[:\s~≈]+$/, '').trim() || text.trim()
      found.push({ subject, value: pct.value, approximate: pct.approximate || rows.some((r) => r[columns[0]!]!.approximate === true), table: index, side, mean, rows: rows.length, span: spanOfLine(walk, source, line) })
    }
  })
  return found
}
