import type { RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { bareText } from './count-tables.js'
import { type Walk } from './context.js'
import { inlineLines, plainText } from './inline.js'
import { spanOfLine } from './lines.js'

// "(24/24)", "24/24", "(100% - 7/7)": a count out of a whole, not a date ("12/03") nor a path.
const FRACTION = /(?<![\d/.,])(\d{1,5})\s?\/\s?(\d{1,5})(?![\d/.,%])/g
const LABEL_MAX = 80

interface Fraction { count: number; of: number }

/**
 * A heading that counts a whole as a fraction, over the groups it is made of, each a label line
 * or sub-heading with its own fraction: "### All routes migrated (24/24)" over "**Admin (7/7)**",
 * "**Public (5/5)**", "**User (10/10)**". The groups' counts are the parts of the heading's count.
 */
export function fractionGroups(walk: Walk, source: readonly string[], nodes: readonly RootContent[]): Breakdown[] {
  const found: Breakdown[] = []
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return
    const whole = onlyFraction(plainText(node))
    if (!whole) return
    const parts: { label: string; value: number; of: number; line: number }[] = []
    for (let j = i + 1; j < nodes.length; j++) {
      const next = nodes[j]!
      if (next.type === 'heading' && next.depth <= node.depth) break
      const line = next.position?.start.line ?? 1
      const label = next.type === 'heading' ? plainText(next) : next.type === 'paragraph' ? labelLine(next) : undefined
      const own = label === undefined ? undefined : onlyFraction(label)
      if (own && label !== undefined) parts.push({ label: label.replace(/\s+/g, ' ').trim().slice(0, 60), value: own.count, of: own.of, line })
    }
    const sum = parts.reduce((a, p) => a + p.value, 0)
    const wholes = parts.reduce((a, p) => a + p.of, 0)
    if (parts.length < 2) return
    // Groups that make the whole: their counts against its count. Groups all complete under a whole
    // said complete ("24/24" over 7/7, 5/5, 10/10): their sizes against its size. Else the groups may be a few of many.
    const complete = whole.count === whole.of && parts.every((p) => p.value === p.of)
    const by = wholes === whole.of && sum !== whole.count ? 'count' : complete && wholes !== whole.of ? 'of' : undefined
    if (!by) return
    found.push({
      subject: bareText(plainText(node)), value: by === 'count' ? whole.count : whole.of, approximate: false, atLeast: false,
      span: spanOfLine(walk, source, node.position?.start.line ?? 1), where: 'groups',
      parts: parts.map((p) => ({ label: p.label, value: by === 'count' ? p.value : p.of, span: spanOfLine(walk, source, p.line) })),
    })
  })
  return found
}

/** A paragraph that is one short label line ("**Admin (100% - 7/7)** ✅"), else undefined. */
function labelLine(node: Extract<RootContent, { type: 'paragraph' }>): string | undefined {
  const lines = inlineLines(node, node.position?.start.line ?? 1)
  return lines.length === 1 && lines[0]!.text.length <= LABEL_MAX ? lines[0]!.text : undefined
}

/** The one fraction a title or label states, a count no larger than its whole. */
function onlyFraction(text: string): Fraction | undefined {
  const all = [...text.matchAll(FRACTION)]
  if (all.length !== 1) return undefined
  const count = Number(all[0]![1])
  const of = Number(all[0]![2])
  return of >= 1 && count <= of ? { count, of } : undefined
}
