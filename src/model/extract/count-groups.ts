import type { Paragraph, RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { stem } from '../names.js'
import { type Walk } from './context.js'
import { plainText } from './inline.js'
import { spanOfLine } from './lines.js'
import { closingBracket, lineQuantity, unitOf, type HeadingCount } from './quantities.js'
import { readQuantity } from './numbers.js'
import { WORDS, WORD_LETTER } from '../letters.js'

const LEADING_WORD = new RegExp(`^[${WORD_LETTER}]+`, 'u')

const LABEL_MAX = 80
// What may follow a bold label on its line: markers and punctuation ("**Critical (3)** 🔴:").
const TRAILING = /^[\s:.\-–—\p{Extended_Pictographic}\uFE0F\u200D]*$/u

/**
 * A heading that counts a whole over the bold group labels right under it, each with its count:
 * "## Open issues (12 total)" over "**Critical (3)**", "**High (5)**", "**Medium (4)**". A group
 * counts what the heading counts when its count names nothing, names the heading's unit, or
 * names a word of the heading ("(57 missing from 68 total)" under "Missing Endpoints (71 total)").
 * When one of the groups gives no such count, the others are a selection: only more than the
 * whole contradicts it.
 */
export function countGroups(walk: Walk, source: readonly string[], nodes: readonly RootContent[], headings: readonly HeadingCount[]): Breakdown[] {
  const found: Breakdown[] = []
  headings.forEach(({ node, index, text, q: whole }) => {
    const unit = whole?.unit ?? whole?.labelUnit
    if (!whole || unit === undefined) return
    const titleWords = new Set((text.toLowerCase().match(WORDS) ?? []).map((w) => stem(w)))
    const parts: Breakdown['parts'] = []
    let uncounted = 0
    for (let j = index + 1; j < nodes.length && nodes[j]!.type !== 'heading'; j++) {
      const next = nodes[j]!
      const label = next.type === 'paragraph' ? boldLabel(next) : undefined
      if (label === undefined) continue
      const value = groupCount(label, unit, titleWords, walk)
      if (value === undefined) uncounted++
      else parts.push({ label, value, span: spanOfLine(walk, source, next.position?.start.line ?? 1) })
    }
    if (parts.length < 2) return
    found.push({
      subject: whole.label, value: whole.value, approximate: whole.approximate, atLeast: whole.atLeast,
      span: spanOfLine(walk, source, node.position?.start.line ?? 1), where: 'groups', parts, ...(uncounted > 0 ? { subset: true as const } : {}),
    })
  })
  return found
}

/** A paragraph that is one bold label ("**Critical (3)**", "**2. Settings (9 missing)** ⚠️"), its text; else undefined. */
function boldLabel(node: Paragraph): string | undefined {
  const [first, ...rest] = node.children
  if (first?.type !== 'strong' || !rest.every((c) => c.type === 'text' && TRAILING.test(c.value))) return undefined
  const text = plainText(first).trim()
  return text.length > 0 && text.length <= LABEL_MAX && !text.includes('\n') ? text : undefined
}

/** The count a group label gives of what its heading counts, if it gives one. */
function groupCount(label: string, unit: string, titleWords: ReadonlySet<string>, walk: Walk): number | undefined {
  const q = lineQuantity(label, walk.numbers)
  if (q && (q.unit === undefined || q.unit === unit)) return q.value
  // "Templates module (57 missing from 68 total)": the first count in the closing brackets, and the word after it.
  const bracket = closingBracket(label)
  const inner = bracket === undefined ? undefined : readQuantity(bracket, walk.numbers)
  if (!inner || inner.percent || inner.of !== undefined) return undefined
  const word = inner.rest.match(LEADING_WORD)?.[0]?.toLowerCase()
  if (word === undefined) return undefined
  return unitOf(word) === unit || titleWords.has(stem(word)) ? inner.value : undefined
}
