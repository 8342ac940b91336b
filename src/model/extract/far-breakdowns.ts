import type { List, RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { listParts, type Placed } from './breakdowns.js'
import { bareText } from './count-tables.js'
import { type Walk } from './context.js'
import { inlineLines, plainText } from './inline.js'
import { spanOfLine } from './lines.js'
import { lineQuantity, TOTAL, unitOf } from './quantities.js'
import { WORDS } from '../letters.js'

type Container = { children: RootContent[] }
/** A list whose entries each count one unit, under a heading that names the unit. */
interface Collection { unit: string; heading: { name: string; line: number }; parts: Placed[] }
/** A total of a unit: a "Total …: N unit" line, or a table row "Total de Testes | 19". */
interface Total { unit: string; label: string; value: number; approximate: boolean; atLeast: boolean; line: number }

// English words of a title that name nothing its list counts; other languages give theirs in their tables.
const ENGLISH_BREAKDOWN = /^(?:breakdown|distribution|split|summary|overview|by|per|type|types|kind|kinds|category|categories)$/
const ENGLISH_FILLER = /^(?:of|the|and|all)$/

/**
 * A total stated in one place against the breakdown of its unit listed under another heading:
 * "Total de Testes | 19" in a metrics table against "### Distribuição de Testes" whose entries count
 * 6 + 11 + 3 + 2 tests. The breakdown is a list whose entries each count the unit, under a heading
 * that names the unit and nothing else but words that say it breaks a count down; a total or list
 * already paired with the parts beside it (`near`) is left to that pairing. A unit with two such
 * lists that add up differently has no one breakdown, and a total of it none to be compared with.
 */
export function findFarBreakdowns(walk: Walk, source: readonly string[], root: Container, near: readonly Breakdown[]): Breakdown[] {
  const used = new Set(near.flatMap((b) => [b.span.line, ...b.parts.map((p) => p.span.line)]))
  const collections: Collection[] = []
  const totals: Total[] = []
  let heading: { name: string; line: number } | undefined
  for (const node of root.children) {
    const line = node.position?.start.line ?? 1
    if (node.type === 'heading') heading = { name: plainText(node), line }
    else if (node.type === 'list' && heading) {
      const collection = collectionOf(walk, node, heading)
      if (collection && !collection.parts.some((p) => used.has(p.line))) collections.push(collection)
    } else if (node.type === 'paragraph') {
      for (const l of inlineLines(node, line)) {
        const q = lineQuantity(l.text, walk.numbers)
        const unit = q?.unit ?? q?.labelUnit
        if (q?.total && unit !== undefined && !used.has(l.line)) totals.push({ unit, label: q.label, value: q.value, approximate: q.approximate, atLeast: q.atLeast, line: l.line })
      }
    }
  }
  totals.push(...tableTotals(walk).filter((t) => !used.has(t.line)))
  return totals.flatMap((total): Breakdown[] => {
    const candidates = collections.filter((c) => c.unit === total.unit)
    const sums = new Set(candidates.map(sumOf))
    if (candidates.length === 0 || sums.size !== 1) return []
    const nearest = candidates.reduce((a, c) => (Math.abs(c.heading.line - total.line) < Math.abs(a.heading.line - total.line) ? c : a))
    return [{
      subject: total.label, value: total.value, approximate: total.approximate || nearest.parts.some((p) => p.approximate), atLeast: total.atLeast,
      span: spanOfLine(walk, source, total.line), where: 'elsewhere', from: nearest.heading,
      parts: nearest.parts.map((p) => ({ label: p.label, value: p.value, span: spanOfLine(walk, source, p.line) })),
    }]
  })
}

function sumOf(c: Collection): number {
  return c.parts.reduce((a, p) => a + p.value, 0)
}

/** A list of two or more entries that each count one unit, when its heading names that unit and nothing else. */
function collectionOf(walk: Walk, list: List, heading: { name: string; line: number }): Collection | undefined {
  const parts = listParts(walk, list)
  const unit = parts[0]?.unit
  if (parts.length < 2 || unit === undefined || parts.some((p) => p.unit !== unit)) return undefined
  return namesOnly(walk, heading.name, unit) ? { unit, heading, parts } : undefined
}

/**
 * Whether a title names the unit and nothing else: "Distribuição de Testes", "Test breakdown",
 * "Tests by module" (what follows a breakdown word after the unit is what it is broken down by).
 */
function namesOnly(walk: Walk, title: string, unit: string): boolean {
  const words = bareText(title).toLowerCase().match(WORDS) ?? []
  let named = false
  for (const w of words) {
    const kind = ENGLISH_BREAKDOWN.test(w) ? 'breakdown' : ENGLISH_FILLER.test(w) ? 'filler' : walk.vocab.other.titleWord(w)
    if (kind === 'breakdown' && named) return true
    if (kind !== undefined) continue
    if (unitOf(w) !== unit) return false
    named = true
  }
  return named
}

/** Rows of the document's tables that state a total of a unit in their first cell: "Total de Testes | 19". */
function tableTotals(walk: Walk): Total[] {
  return walk.facts.tables.flatMap((table) => table.rows.flatMap((row): Total[] => {
    const label = bareText(row[0]?.text ?? '')
    const m = TOTAL.exec(label)
    if (!m) return []
    const unit = unitOf(label.slice(0, m.index) + ' ' + label.slice(m.index + m[0].length))
    const cell = row.slice(1).find((c) => c.number !== undefined && c.percent === undefined && c.of === undefined)
    if (unit === undefined || !cell) return []
    return [{ unit, label, value: cell.number!, approximate: cell.approximate === true, atLeast: cell.atLeast === true, line: cell.span.line }]
  }))
}
