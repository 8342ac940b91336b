import type { Heading, RootContent } from 'mdast'
import { stem } from '../names.js'
import { stripMarkers } from './headings.js'
import { plainText } from './inline.js'
import { readQuantity } from './numbers.js'
import { DECIMAL_POINT, integerPattern, numeralValue, type NumberConvention } from './number-convention.js'
import { LETTER, WORDS, WORD_LETTER } from '../letters.js'

const NOT_LETTERS = new RegExp(`[^${WORD_LETTER}]`, 'gu')

/** A number a line states with what it counts: "12 route files", "Files Updated: 25 files", "Config (2 files)". */
export interface LineQuantity {
  value: number
  /** The counted noun after the number, stemmed ("file", "test", "endpoint"), when the line names one. */
  unit?: string
  /** The noun the label counts, when nothing follows the number ("Files Updated: 25" counts files). */
  labelUnit?: string
  /** What the number is about, as written: the field label or the words around the number. */
  label: string
  approximate: boolean
  /** "15,000+": at least this many. */
  atLeast: boolean
  /** The label says it is the whole ("Total", "Overall", "All"). */
  total: boolean
  /** Column of the number in the line's plain text (0-based). */
  index: number
}

// "Total", "Overall", "Grand total", "Sum", "In total", "Gesamt", "Total de …", "Итого".
export const TOTAL = new RegExp(String.raw`(?<![${LETTER}])(?:total|totale|totales|totaal|overall|grand total|sum|in all|altogether|gesamt|insgesamt|итого|всего)(?![${LETTER}])|合计|总计|合計`, 'iu')
// Words that make a number something else than a count of things: versions, dates, money, time, ordinals.
const NOT_A_COUNT = new RegExp(String.raw`(?<![${LETTER}])(?:v|version|versions|release|phase|step|sprint|week|weeks|day|days|month|months|year|years|hour|hours|hrs?|h|minutes?|mins?|seconds?|ms|sec|port|id|no|number|#|priority|p|level|tier|stage|option|part|chapter|rank|score|rating|kb|mb|gb|tb|px|rem|em|fps|rps|qps)$`, 'iu')
// Counted nouns are the last word of the phrase after the number; these never are.
const NOT_A_NOUN = /^(?:of|and|or|the|a|an|to|in|on|for|with|from|by|at|is|are|was|were|has|have|more|less|new|total|all|both|each|every|some|none|only|just|plus|about|over|under|per|out|done|complete|completed|remaining|pending|left|passing|passed|failing|failed|created|modified|updated|added|removed|fixed|implemented|missing|breakdown|summary|overview|status|stats|statistics|list|analysis|report|details|current|deployed|found|delivered|written|shipped|merged|identified|affected|changed|touched|reviewed)$/i
const MAX = 300
// Units written short: "(68 pts)" counts what "82 points" does, "1,200 LOC" what "1,200 lines" does.
const ABBREVIATED: Readonly<Record<string, string>> = { pts: 'points', pt: 'points', loc: 'lines', sloc: 'lines' }

/** The noun a short phrase counts: its last word that is no connective or status word, stemmed. */
export function unitOf(phrase: string): string | undefined {
  const words = phrase.toLowerCase().match(WORDS) ?? []
  for (let i = Math.min(words.length, 4) - 1; i >= 0; i--) {
    const w = ABBREVIATED[words[i]!] ?? words[i]!
    if (w.length < 3 || NOT_A_NOUN.test(w)) continue
    return stem(w)
  }
  return undefined
}

/**
 * The count a line states, in one of the shapes a breakdown uses: a field ("Files Updated: 25 files",
 * "Critical (P0): 2 ✅"), a leading number ("12 route files", "~2400 lines"), or a count in
 * brackets at the end ("Config (2 files)", "Views (7)"). Undefined for anything else, and for
 * numbers that are versions, dates, durations, prices or ordinals.
 */
export function lineQuantity(text: string, numbers: NumberConvention = DECIMAL_POINT): LineQuantity | undefined {
  if (text.length > MAX) return undefined
  const line = stripMarkers(text).replace(/^\d{1,3}(?:\.\d{1,3})*[.)]\s+/, '').replace(/[*_`]/g, '').trim()
  // A field: "Label: 25 files", "Label: 2 (Documentation gaps)".
  const colon = line.indexOf(':')
  if (colon > 0 && colon <= 60) {
    const label = line.slice(0, colon).trim()
    const value = line.slice(colon + 1)
    const q = readQuantity(value, numbers)
    const after = q?.rest.replace(/^\+/, '') ?? ''
    // "Total High Priority: 12 items" counts items although "Priority: 2" is a level.
    if (q && !q.percent && q.of === undefined && (!NOT_A_COUNT.test(lastWord(label)) || namesCounted(after)) && !/[$€£¥]/.test(value.slice(0, 3))) {
      return {
        value: q.value, label, approximate: q.approximate, atLeast: q.rest.startsWith('+'), total: TOTAL.test(label) || /^\+?\s*total\b/i.test(after),
        index: colon + 1 + value.indexOf(String(q.value).slice(0, 1)),
        ...unitFrom(after.split(/[(,;.–—|-]/)[0]!, label),
      }
    }
  }
  // A leading count: "12 route files", "~2400 lines of code".
  const lead = readQuantity(line, numbers)
  if (lead && !lead.percent && lead.of === undefined) {
    const phrase = lead.rest.replace(/^\+/, '').split(/[(:,;.–—]|\s-\s/)[0]!
    const unit = unitOf(phrase)
    if (unit !== undefined && !NOT_A_COUNT.test(phrase.trim().split(/\s+/)[0] ?? '')) {
      return { value: lead.value, unit, label: phrase.trim(), approximate: lead.approximate, atLeast: lead.rest.startsWith('+'), total: TOTAL.test(phrase), index: 0 }
    }
  }
  // A count in brackets at the end: "Config (2 files)", "Views (7)".
  const paren = parenCount(numbers).exec(line)
  if (paren && paren.index > 0) {
    const label = line.slice(0, paren.index).trim()
    // "Sprint (2)" is an ordinal; "Next 4-6 Weeks (25 items)" names what it counts.
    if (!namesCounted(paren[4] ?? '') && NOT_A_COUNT.test(lastWord(label))) return undefined
    return {
      value: numeralValue(paren[2]!, undefined), label, approximate: paren[1] !== undefined, atLeast: paren[3] !== undefined,
      total: TOTAL.test(label), index: paren.index, ...unitFrom(paren[4] ?? '', label),
    }
  }
  return undefined
}

const parens = new Map<string, RegExp>()
/** "(2 files)", "(~1.500 Zeilen)", "(7)": a count in brackets closing a line, grouped by the convention. */
function parenCount(c: NumberConvention): RegExp {
  let re = parens.get(c.decimal)
  if (!re) parens.set(c.decimal, (re = new RegExp(`\\(\\s?([~≈])?\\s?(${integerPattern(c)})(\\+)?(?:\\s+([${WORD_LETTER} ]{1,30}))?\\)\\s?:?$`, 'u')))
  return re
}

/** Whether the words after a number name what it counts ("12 items"), not a duration or a size ("3 weeks"). */
export function namesCounted(after: string): boolean {
  const first = after.trim().split(/[\s(,;:]+/)[0] ?? ''
  return unitOf(first) !== undefined && !NOT_A_COUNT.test(first)
}

/** The unit after a number, and else the one its label names ("Files Updated" counts files). */
function unitFrom(after: string, label: string): { unit?: string; labelUnit?: string } {
  const unit = unitOf(after)
  if (unit !== undefined) return { unit }
  // The label's counted noun is its last one before "by"/"per"/"in": "REST API Endpoints Deployed", "Endpoints Breakdown by Module".
  const named = unitOf(label.replace(/\(.*$/, '').split(/\s+(?:by|per|for|in|of|across)\s+/i)[0]!.split(/\s+/).slice(-3).join(' '))
  return named !== undefined ? { labelUnit: named } : {}
}

/** The last word of a label, brackets and a trailing number left out ("Critical (P0)" → "Critical", "Phase 2" → "Phase"). */
function lastWord(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/[\s\d.#-]+$/, '').trim().split(/\s+/).at(-1)?.replace(NOT_LETTERS, '') ?? ''
}

/** A heading of a run of nodes, with its title and the count the title states. */
export interface HeadingCount {
  node: Heading
  /** Its index among the nodes. */
  index: number
  text: string
  line: number
  q: LineQuantity | undefined
}

/** The headings of a run of nodes with their counts, read once for every check that starts from a heading. */
export function headingCounts(nodes: readonly RootContent[], numbers: NumberConvention): HeadingCount[] {
  return nodes.flatMap((node, index) => {
    if (node.type !== 'heading') return []
    const text = plainText(node)
    return [{ node, index, text, line: node.position?.start.line ?? 1, q: lineQuantity(text, numbers) }]
  })
}

/** What the brackets closing a title hold ("Phase 1 (5 files, 150 tests)" → "5 files, 150 tests"), when short. */
export function closingBracket(text: string): string | undefined {
  const inner = /\(([^()]+)\)\s*:?\s*$/u.exec(text.trim())?.[1]
  return inner !== undefined && inner.length <= 80 ? inner : undefined
}
