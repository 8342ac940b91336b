import { innermostRanges } from './line-ranges.js'
import { percentColumns, rowName } from './percent-columns.js'
import type { Document, Section } from './types.js'
import type { Span } from '../contract/span.js'

/** A percentage filed under a heading that gives the range its entries lie in, and outside it. */
export interface RangeBreach {
  name: string
  value: number
  span: Span
  /** The heading that gives the range ("Partially tested modules (40-70% coverage)"). */
  section: Section
  min: number
  max: number
}

// "(40-70% coverage)", "(50–99%)", "40% - 70%": a range of percentages in a heading.
const RANGE = /(\d{1,3})\s?%?\s?[-–—]\s?(\d{1,3})\s?%/u

/** The range of percentages a heading files its entries at, when it gives one. */
export function percentRange(text: string): { min: number; max: number } | undefined {
  const m = RANGE.exec(text)
  if (!m) return undefined
  const [min, max] = [Number(m[1]), Number(m[2])]
  return min < max && max <= 100 ? { min, max } : undefined
}

/**
 * Every figure outside the range of the heading it is filed under: a row "Portfolio | 86%" under
 * "Partially tested modules (40-70% coverage)", an entry "Search (100%)" under "In progress
 * (50-99%)". The figures are a table's one column of percentages and the entries' own percentages;
 * a sub-heading with a range of its own takes over. A figure within the rounding of an end is inside.
 */
export function rangeBreaches(doc: Readonly<Document>): RangeBreach[] {
  // Only a heading that files its entries (a label: "Partially tested modules") gives their range;
  // "Cache details (0-10% of the hot path)" speaks of something else, and nothing under it is checked.
  const ranged = doc.sections.flatMap((section) => {
    const range = percentRange(section.text)
    return range ? [{ section, ...range, span: section.span, endLine: section.endLine }] : []
  })
  if (ranged.length === 0) return []
  const rangeAt = innermostRanges(ranged)
  const out: RangeBreach[] = []
  const check = (name: string, value: number, span: Span) => {
    const r = rangeAt(span.line)
    if (!r || r.section.label === undefined || span.line === r.section.span.line || (value >= r.min - 0.5 && value <= r.max + 0.5)) return
    out.push({ name, value, span, section: r.section, min: r.min, max: r.max })
  }
  for (const table of doc.tables) {
    const names = table.itemColumn ?? 0
    const columns = percentColumns(table, names)
    if (columns.length !== 1) continue
    table.rows.forEach((row, i) => {
      const cell = row[columns[0]!]
      if (i !== table.totalRow && cell?.percent !== undefined) check(rowName(row, names), cell.percent, cell.span)
    })
  }
  for (const claim of doc.claims) if (claim.percent !== undefined && claim.source !== 'table-row') check(claim.name, claim.percent, claim.span)
  return out.sort((a, b) => a.span.line - b.span.line)
}
