import type { Code } from 'mdast'
import { statusOfPercent } from '../vocabulary.js'
import { isOverall } from './count-words.js'
import { addClaim, parentItem, sectionPath, type Walk } from './context.js'
import { spanOfLine } from './lines.js'
import { trimSeparators } from './headings.js'
import { HAS_LETTER, WORD_LETTER } from '../letters.js'

// The blocks and shades progress bars are drawn with.
const BLOCKS = '█▓▒░■□▰▱▮▯⣿'
const BAR = new RegExp(`[${BLOCKS}]`, 'u')
// "Phase 3: Global Search   ████████░░░░  40%  — optional comment".
const BAR_LINE = new RegExp(`^([^${BLOCKS}]{2,80}?)\\s+[${BLOCKS}][${BLOCKS} ]*\\s(\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%\\s*(?:[—–-]\\s.*)?$`, 'u')
// A number with a unit right before the bar ("Sprint 1.1:  16h ████ 100%") is another quantity: the bar is not its share.
const QUANTITY_BEFORE = new RegExp(String.raw`\d[\d.,]*\s?[${WORD_LETTER}]{0,4}$`, 'u')

/**
 * Progress bars drawn in a plain code block, a favourite of generated status pages:
 *
 *     Phase 1: Database     ████████████████████ 100%
 *     Phase 2: Search       ████░░░░░░░░░░░░░░░░  20%
 *     Total:                ████████████░░░░░░░░  60%
 *
 * Each bar is a percentage the document states of its name, as "Phase 1: Database — 100%" would
 * be: a stated figure (an overall one checked against the bars above it) and a claim of the name's
 * status. A block in a programming language is code, not a status page.
 */
export function readProgressBars(walk: Walk, source: readonly string[], node: Code): void {
  if (node.lang && !/^(?:text|txt|plain|plaintext)$/i.test(node.lang)) return
  if (!BAR.test(node.value)) return
  const first = (node.position?.start.line ?? 0) + 1
  node.value.split('\n').forEach((text, i) => {
    const bar = BAR_LINE.exec(text.trim())
    if (!bar) return
    const before = bar[1]!.trim()
    if (QUANTITY_BEFORE.test(before)) return
    const name = trimSeparators(before.replace(/[:：]\s*$/, '').trim())
    if (!HAS_LETTER.test(name)) return
    const value = Number(bar[2]!.replace(',', '.'))
    if (value > 100) return
    const at = spanOfLine(walk, source, first + i)
    const overall = isOverall(name, walk.vocab)
    walk.facts.counts.push({ subject: name, status: 'done', kind: 'percent', value, approximate: false, source: 'line', overall, sectionPath: sectionPath(walk), span: at })
    if (overall) return
    const parent = parentItem(walk)
    addClaim(walk, { name, raw: `${value}%`, source: 'percentage', percent: value, ...(parent ? { parent } : {}), span: at }, { status: statusOfPercent(value), vague: false })
  })
}
