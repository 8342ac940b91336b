import type { List, RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { stem } from '../names.js'
import { type Walk } from './context.js'
import { plainText } from './inline.js'
import { spanOfLine } from './lines.js'
import { lineQuantity } from './quantities.js'

// Things counted one per entry ("15 items", "8 tasks"), stemmed as units are.
const ENTRY_UNITS = new Set(['items', 'tasks', 'issues', 'bugs', 'features', 'steps', 'actions', 'fixes', 'gaps', 'risks', 'requirements', 'todos', 'blockers', 'findings', 'problems', 'changes', 'recommendations', 'improvements', 'enhancements', 'points', 'entries', 'stories', 'tickets', 'goals', 'objectives'].map(stem))
const NUMBERED_LINE = /^\s{0,3}(\d{1,3})[.)]\s+\S/

interface Piece { start: number; count: number; line: number }

/**
 * "### P0: Critical (15 items)" over one numbered list that group labels cut into pieces (1-6, 7-11,
 * 12-14): the heading's count against the entries of all the pieces. A piece is an ordered list or,
 * since a list that does not start at 1 cannot interrupt a paragraph, the numbered lines of one.
 */
export function numberedBreakdowns(walk: Walk, source: readonly string[], nodes: readonly RootContent[]): Breakdown[] {
  const found: Breakdown[] = []
  nodes.forEach((node, i) => {
    if (node.type !== 'heading') return
    const q = lineQuantity(plainText(node))
    if (!q || q.unit === undefined || !ENTRY_UNITS.has(q.unit)) return
    const pieces: Piece[] = []
    for (let j = i + 1; j < nodes.length && nodes[j]!.type !== 'heading'; j++) pieces.push(...piecesOf(nodes[j]!, source))
    if (pieces.length < 2 || !numberedOn(pieces)) return
    found.push({
      subject: q.label, value: q.value, approximate: q.approximate, atLeast: q.atLeast,
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
