import type { List, ListItem, RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { type Walk } from './context.js'
import { countBeforeNoun, LIST_NOUN_UNITS } from './count-words.js'
import { inlineLines, plainText } from './inline.js'
import { spanOfLine } from './lines.js'
import { lineQuantity, type HeadingCount } from './quantities.js'

const NUMBERED_LINE = /^\s{0,3}(\d{1,3})[.)]\s+\S/

interface Piece { start: number; count: number; line: number }

/**
 * "### P0: Critical (15 items)" over one numbered list that group labels cut into pieces (1-6, 7-11,
 * 12-14): the heading's count against the entries of all the pieces. A piece is an ordered list or,
 * since a list that does not start at 1 cannot interrupt a paragraph, the numbered lines of one.
 */
export function numberedBreakdowns(walk: Walk, source: readonly string[], nodes: readonly RootContent[], headings: readonly HeadingCount[]): Breakdown[] {
  const found: Breakdown[] = []
  headings.forEach(({ node, index: i, text, q }) => {
    // "Not started modules (0%) - 22 modules", in the document's own language too.
    const closing = q?.unit !== undefined && LIST_NOUN_UNITS.has(q.unit) ? undefined : countBeforeNoun(text, true, (w) => walk.vocab.other.countNoun(w))
    if (!closing && (!q || q.unit === undefined || !LIST_NOUN_UNITS.has(q.unit))) return
    const pieces: Piece[] = []
    // The pieces lie under it, plain sub-headings ("#### High priority") included, up to the next heading of its rank.
    const depth = node.depth
    for (let j = i + 1; j < nodes.length; j++) {
      const next = nodes[j]!
      if (next.type === 'heading' && next.depth <= depth) break
      pieces.push(...piecesOf(next, source))
    }
    const stated = closing ? { label: text, value: closing.value, approximate: false, atLeast: closing.atLeast } : q!
    if (pieces.length < 2 || !numberedOn(pieces)) return
    found.push({
      subject: stated.label, value: stated.value, approximate: stated.approximate, atLeast: stated.atLeast,
      span: spanOfLine(walk, source, node.position?.start.line ?? 1), where: 'numbered',
      parts: pieces.map((p) => ({ label: `entries ${p.start}–${p.start + p.count - 1}`, value: p.count, span: spanOfLine(walk, source, p.line) })),
    })
  })
  return found
}

function piecesOf(node: RootContent, source: readonly string[]): Piece[] {
  const line = node.position?.start.line ?? 1
  if (node.type === 'list') {
    const list = node as List
    return list.ordered === true && typeof list.start === 'number' ? [{ start: list.start, count: list.children.length, line }] : []
  }
  if (node.type !== 'paragraph') return []
  const pieces: Piece[] = []
  for (let n = line; n <= (node.position?.end.line ?? line); n++) {
    const m = NUMBERED_LINE.exec(source[n - 1] ?? '')
    if (!m) continue
    const value = Number(m[1])
    const last = pieces.at(-1)
    if (last && last.line + last.count === n && last.start + last.count === value) last.count++
    else pieces.push({ start: value, count: 1, line: n })
  }
  return pieces
}

/** Pieces numbered on from one to the next, starting at 1: one list the author cut into pieces. */
function numberedOn(pieces: readonly Piece[]): boolean {
  return pieces[0]!.start === 1 && pieces.every((p, i) => i === 0 || p.start === pieces[i - 1]!.start + pieces[i - 1]!.count)
}

/**
 * "**Total Blockers:** 35 items" right after the checklist it sums: the count against the list's
 * entries, or, where entries are group labels over sub-lists ("- [ ] **Security:**" over six
 * tasks), against the tasks under them. Either count agreeing is no finding.
 */
export function listTotals(walk: Walk, source: readonly string[], nodes: readonly RootContent[]): Breakdown[] {
  const found: Breakdown[] = []
  nodes.forEach((node, i) => {
    const list = nodes[i - 1]
    if (node.type !== 'paragraph' || list?.type !== 'list') return
    const first = inlineLines(node, node.position?.start.line ?? 1)[0]
    const q = first && lineQuantity(first.text, walk.numbers)
    const unit = q && (q.unit ?? q.labelUnit)
    if (!first || !q?.total || unit === undefined || !LIST_NOUN_UNITS.has(unit) || q.approximate) return
    // A list of counts ("- Critical: 2") is a breakdown of its own, not a list of what is counted.
    if (list.children.some((item) => item.children[0]?.type === 'paragraph' && lineQuantity(plainText(item.children[0]), walk.numbers) !== undefined)) return
    const parts = list.children.map((item) => ({ item, value: leaves(item, 0) }))
    const sum = parts.reduce((a, p) => a + p.value, 0)
    if (parts.length < 2 || q.value === list.children.length || (q.atLeast ? sum >= q.value : sum === q.value)) return
    found.push({
      subject: q.label, value: q.value, approximate: false, atLeast: q.atLeast, span: spanOfLine(walk, source, first.line), where: 'above',
      parts: parts.map(({ item, value }) => {
        const head = item.children[0]
        return { label: head?.type === 'paragraph' ? plainText(head).slice(0, 60) : 'entry', value, span: spanOfLine(walk, source, item.position?.start.line ?? 1) }
      }),
    })
  })
  return found
}

/** The entries a list entry stands for: itself, or the leaves of the lists under it. */
function leaves(item: ListItem, depth: number): number {
  const subs = item.children.filter((c): c is List => c.type === 'list')
  if (subs.length === 0 || depth > 20) return 1
  return subs.reduce((a, l) => a + l.children.reduce((b, c) => b + leaves(c, depth + 1), 0), 0)
}
