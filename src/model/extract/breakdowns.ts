import type { List, RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { type Walk } from './context.js'
import { inlineLines, plainText } from './inline.js'
import { spanOfLine } from './lines.js'
import { listTotals, numberedBreakdowns } from './entry-counts.js'
import { fractionGroups } from './fraction-groups.js'
import { countGroups } from './count-groups.js'
import { tableRowTotals } from './table-row-counts.js'
import { closingBracket, headingCounts, lineQuantity, namesCounted, unitOf, type HeadingCount, type LineQuantity } from './quantities.js'
import { countTail } from './count-words.js'
import type { Vocabulary } from '../vocabulary.js'
import { readQuantity } from './numbers.js'
import type { NumberConvention } from './number-convention.js'

type Container = { children: RootContent[] }
/** A count read on a line, with the line. */
export interface Placed extends LineQuantity { line: number }

/**
 * Finds every stated total that the parts right beside it add up to differently:
 * - a count right before a list whose entries each state one of the same unit ("Files Updated: 25
 *   files" over "- 12 route files", "- 7 service files", …);
 * - a "Total …: N" line followed, in its paragraph, by field lines of counts ("Critical: 2", "High: 4"),
 *   or right after a list whose entries each count its unit ("- DevOps (68 pts)"), which may be a selection;
 * - a "Total: N unit" line after sibling headings that count the same unit ("### Views (7 files)"),
 *   or a heading count over sub-headings that do.
 * Numbers without a unit pair only with a total that says it is one. Records each as a Breakdown.
 */
export function findBreakdowns(walk: Walk, source: readonly string[], root: Container): Breakdown[] {
  const found: Breakdown[] = []
  const place = (q: LineQuantity, line: number): Placed => ({ ...q, line })
  const record = (total: Placed, parts: Placed[], where: Breakdown['where'], subset = false) => {
    if (parts.length < 2 || !compatible(total, parts, where)) return
    found.push({
      subject: total.label, value: total.value, approximate: total.approximate || parts.some((p) => p.approximate), atLeast: total.atLeast,
      span: spanOfLine(walk, source, total.line), where, ...(subset ? { subset: true as const } : {}),
      parts: parts.map((p) => ({ label: p.label, value: p.value, span: spanOfLine(walk, source, p.line) })),
    })
  }
  const visit = (container: Container, depth: number) => {
    if (depth > 50) return
    const nodes = container.children
    nodes.forEach((node, i) => {
      const next = nodes[i + 1]
      const previous = nodes[i - 1]
      if (node.type === 'paragraph' && previous?.type === 'list') {
        // "**Total Sprint 4:** 82 points" under "- DevOps (68 pts)", "- Security (42 pts)": the entries may
        // be a selection ("Key stories"), so only entries adding up to more than the total contradict it.
        const first = inlineLines(node, node.position?.start.line ?? 1)[0]
        const q = first && lineQuantity(first.text, walk.numbers)
        const unit = q?.unit ?? q?.labelUnit
        const parts = q?.total && unit !== undefined ? listParts(walk, previous) : []
        // Every entry names the unit and counts whole things: "(weight: 0.15)" entries are no parts of a total.
        if (first && q && parts.every((p) => p.unit === unit && Number.isInteger(p.value))) record(place(q, first.line), parts, 'above', true)
      }
      if (node.type === 'paragraph') {
        const lines = inlineLines(node, node.position?.start.line ?? 1).map((l) => ({ l, q: lineQuantity(l.text, walk.numbers) }))
        // "Total Issues Found: 11" and the field lines under it in the same paragraph.
        lines.forEach(({ l, q }, k) => {
          if (!q?.total) return
          const parts: Placed[] = []
          for (const { l: pl, q: pq } of lines.slice(k + 1)) { if (!pq || pq.total) break; parts.push(place(pq, pl.line)) }
          if (parts.length >= 2) record(place(q, l.line), parts, 'lines')
        })
        const last = lines.at(-1)
        if (last?.q && next?.type === 'list') record(place(last.q, last.l.line), listParts(walk, next), 'list')
      }
      if (node.type === 'heading' && next?.type === 'list') {
        const text = plainText(node)
        const line = node.position?.start.line ?? 1
        const several = bracketCounts(text, walk.vocab, walk.numbers)
        if (several) {
          // "Phase 1 (5 files, 150 tests)" over "- auth.test.ts (50 tests)": the count of the entries'
          // unit against their sum, the one other count against the number of entries.
          const parts = listParts(walk, next)
          const unit = parts[0]?.unit
          const summed = several.filter((c) => c.unit === unit)
          const others = several.filter((c) => c.unit !== unit)
          if (unit !== undefined && summed.length === 1 && parts.every((p) => p.unit === unit)) {
            record(place({ ...summed[0]!, label: text.trim() }, line), parts, 'list')
            // "(3 days, 2 people)" counts no entries; "(5 files, …)" and "(4 módulos, …)" do.
            if (others.length === 1 && others[0]!.listed) record(place({ ...others[0]!, label: text.trim(), unit }, line), parts.map((p) => ({ ...p, value: 1 })), 'entries')
          }
        } else {
          const q = lineQuantity(text, walk.numbers)
          if (q) record(place(q, line), listParts(walk, next), 'list')
        }
      }
      if (node.type === 'list') {
        for (const item of node.children) {
          const [head, sub] = item.children
          if (head?.type === 'paragraph' && sub?.type === 'list') {
            const q = lineQuantity(plainText(head), walk.numbers)
            if (q) record(place(q, head.position?.start.line ?? 1), listParts(walk, sub), 'list')
          }
          visit(item, depth + 1)
        }
      }
      if (node.type === 'blockquote') visit(node, depth + 1)
    })
    if (container === root) {
      const headings = headingCounts(nodes, walk.numbers)
      found.push(...headingBreakdowns(walk, source, nodes, headings), ...numberedBreakdowns(walk, source, nodes, headings), ...listTotals(walk, source, nodes),
        ...fractionGroups(walk, source, nodes), ...countGroups(walk, source, nodes, headings), ...tableRowTotals(walk, source, nodes))
    }
  }
  visit(root, 0)
  return found
}

/**
 * "(5 Files, 150 Tests)", "(4 files, ~2400 lines)": two or more counts in the brackets closing a title, each
 * with its noun, none a duration or a size; `listed` when the noun is one of things listed one per entry.
 */
function bracketCounts(text: string, vocab: Vocabulary, numbers: NumberConvention): (LineQuantity & { listed: boolean })[] | undefined {
  const pieces = closingBracket(text)?.split(/\s*[,;+]\s*|\s+(?:and|und|et|e|y|и)\s+/) ?? []
  if (pieces.length < 2) return undefined
  const counts = pieces.map((piece) => {
    const q = readQuantity(piece, numbers)
    const noun = q?.rest.replace(/^\+/, '').trim() ?? ''
    const unit = q && !q.percent && q.of === undefined && namesCounted(noun) ? unitOf(noun) : undefined
    if (!q || unit === undefined) return undefined
    const listed = countTail(noun.split(/\s+/), vocab)
    return { value: q.value, unit, label: piece, approximate: q.approximate, atLeast: q.rest.startsWith('+'), total: false, index: 0, listed }
  })
  if (counts.some((c) => c === undefined) || new Set(counts.map((c) => c!.unit)).size !== counts.length) return undefined
  return counts as (LineQuantity & { listed: boolean })[]
}

/** One count per entry of a list, from each entry's first line; none unless every entry has one. */
export function listParts(walk: Walk, list: List): Placed[] {
  const parts: Placed[] = []
  for (const item of list.children) {
    const head = item.children[0]
    const line = head?.type === 'paragraph' ? inlineLines(head, head.position?.start.line ?? 1)[0] : undefined
    const q = line ? lineQuantity(line.text, walk.numbers) : undefined
    if (!q || !line || q.total) return []
    parts.push({ ...q, line: line.line })
  }
  return parts
}

/**
 * Parts add up to a total when they count the same unit, or when the total says it is one and the
 * parts name none; the entries of a list right under it may name kinds of the unit ("11 files" over
 * "2 REST controllers", "3 documentation files", …) when at least half of them name the unit itself.
 */
function compatible(total: LineQuantity, parts: readonly LineQuantity[], where: Breakdown['where']): boolean {
  const unit = total.unit ?? total.labelUnit
  if (unit !== undefined && parts.every((p) => p.unit === unit)) return true
  if (where === 'list' && unit !== undefined && parts.every((p) => p.unit !== undefined) && 2 * parts.filter((p) => p.unit === unit).length >= parts.length) return true
  return total.total && parts.every((p) => p.unit === undefined || p.unit === unit)
}

/**
 * Counts in headings: a heading count over sub-headings that count the same unit ("## Files (36)"
 * over "### Views (7 files)"), and a "Total: N unit" line after sibling headings that do.
 */
function headingBreakdowns(walk: Walk, source: readonly string[], nodes: readonly RootContent[], headings: readonly HeadingCount[]): Breakdown[] {
  const found: Breakdown[] = []
  const childrenOf = (i: number) => {
    const depth = headings[i]!.node.depth
    const kids: HeadingCount[] = []
    for (let j = i + 1; j < headings.length && headings[j]!.node.depth > depth; j++) if (headings[j]!.node.depth === depth + 1) kids.push(headings[j]!)
    return kids
  }
  const make = (total: { q: LineQuantity; line: number }, parts: { q: LineQuantity | undefined; line: number }[], where: Breakdown['where']) => {
    const unit = total.q.unit ?? total.q.labelUnit
    if (parts.length < 2 || unit === undefined || parts.some((p) => !p.q || p.q.unit !== unit)) return
    found.push({
      subject: total.q.label, value: total.q.value, approximate: total.q.approximate || parts.some((p) => p.q!.approximate), atLeast: total.q.atLeast,
      span: spanOfLine(walk, source, total.line), where,
      parts: parts.map((p) => ({ label: p.q!.label, value: p.q!.value, span: spanOfLine(walk, source, p.line) })),
    })
  }
  headings.forEach((h, i) => { if (h.q) make({ q: h.q, line: h.line }, childrenOf(i), 'headings') })
  // "**Total: 36 files created/modified**" after "### Views (7 files)", "### URLs (7 files)", …
  nodes.forEach((node) => {
    if (node.type !== 'paragraph') return
    for (const l of inlineLines(node, node.position?.start.line ?? 1)) {
      const q = lineQuantity(l.text, walk.numbers)
      if (!q?.total || (q.unit ?? q.labelUnit) === undefined) continue
      const before = headings.filter((h) => h.line < l.line)
      const own = before.at(-1)
      if (!own) continue
      const siblings: HeadingCount[] = []
      for (let j = before.length - 1; j >= 0 && before[j]!.node.depth >= own.node.depth; j--) if (before[j]!.node.depth === own.node.depth) siblings.unshift(before[j]!)
      make({ q, line: l.line }, siblings, 'headings')
    }
  })
  return found
}

