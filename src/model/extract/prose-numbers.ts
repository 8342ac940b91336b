import { stem } from '../names.js'
import { NOUN } from './count-words.js'
import { TOTAL, unitOf } from './quantities.js'
import { LETTER, WORDS, WORD_LETTER } from '../letters.js'

/** A count a line of prose states of its whole: "Total: 659 tests", "659 tests across 34 files". */
export interface ProseCount {
  value: number
  /** The counted noun, stemmed ("test"), and as written ("tests"). */
  unit: string
  word: string
  approximate: boolean
  atLeast: boolean
  /** Read as the whole another count is spread over: the 34 of "659 tests across 34 files". */
  over?: ProseCount
}

/** A change a line states: "from 1,347 to 2,001 tests", "Tests: 1,347 → 2,001", with "+48%" after it. */
export interface ProseChange {
  from: number
  to: number
  unit: string
  word: string
  /** A signed percentage stated right after it ("(+48%)", ", up 48%"). */
  percent?: { value: number; approximate: boolean; text: string }
}

const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?![.,]?\\d)'
const WORD = `([${WORD_LETTER}][${WORD_LETTER}-]*)`
// A number right before its noun, not part of a version, a fraction, a price, an id or an increment ("+40 tests").
const APPROX = '((?:[~≈]|\\b(?:about|approx\\.?|approximately|around|roughly|nearly|almost|some))\\s?)?'
const COUNT = new RegExp(`(?<![${LETTER}\\d.,:/#$€£¥+±-])${APPROX}${NUM}(\\+)?\\s${WORD}`, 'giu')
const OVER = new RegExp(`^\\s(?:across|in|over|from|spread over)\\s([~≈]\\s?)?${NUM}(\\+)?\\s${WORD}`, 'u')
// Words that make a count a part or a change, not the whole: "12 tests failing", "40 tests added", "3 of 10 tests".
const PART_AFTER = /^\s(?:pass(?:ing|ed)?|fail(?:ing|ed|s)?|skipped|added|removed|new|more|fewer|less|remaining|left|pending|fixed|broken|flaky|missing|of|per|each|out)\b/i
const PART_BEFORE = /(?:\b(?:added|adds|adding|new|more|another|extra|additional|only|remaining|failing|passing|skipped|fixed|up|down|by|of|per|than|from|to)\s+)$/i
const FROM_TO = new RegExp(`\\bfrom\\s([~≈]\\s?)?${NUM}(?!\\s?%)(?:\\s${WORD})?\\sto\\s([~≈]\\s?)?${NUM}(?!\\s?%)(?:\\s${WORD})?`, 'giu')
const ARROW = new RegExp(`(?<![${LETTER}\\d.,])([~≈]\\s?)?${NUM}(?!\\s?%)(?:\\s${WORD})?\\s?(?:→|->|⇒|➜|⟶)\\s?([~≈]\\s?)?${NUM}(?!\\s?%)(?:\\s${WORD})?`, 'gu')
const GROWTH = /^[^.;!?]{0,20}?(?:\(|,|\s|^)([~≈]\s?)?(?:([+−-])\s?|(up|down)\s+(?:by\s+)?)([~≈]\s?)?(\d{1,4}(?:\.\d+)?)\s?%/i
const MAX = 400
const FROM = /\bfrom\s/i
const AN_ARROW = /→|->|⇒|➜|⟶/

const number = (digits: string) => Number(digits.replace(/,/g, ''))
/** A word that can be what a number counts: no connective, status or change word. */
const noun = (word: string | undefined) => (word === undefined ? undefined : unitOf(word))

/**
 * The counts a line states of a whole: a count of a noun on a line that says it is a total
 * ("Total: 659 tests", "659 tests in total"), and "N things across M others", the M included.
 * Not a count that is a part or a change ("12 tests failing", "added 40 tests").
 */
export function proseCounts(text: string): ProseCount[] {
  if (text.length > MAX) return []
  // "Total" speaks of the counts of its own clause: not of "34 files" in "Total: 659 tests; 34 files".
  const clauses = [...text.matchAll(/[^;.!?]+?(?:[;.!?](?!\d)|,\s|$)/g)].map((c) => ({ start: c.index, end: c.index + c[0].length, total: TOTAL.test(c[0]) }))
  const totalAt = (i: number) => clauses.some((c) => c.start <= i && i < c.end && c.total)
  const found: ProseCount[] = []
  let overEnd = -1
  for (const m of text.matchAll(COUNT)) {
    const unit = noun(m[4])
    const end = m.index + m[0].length
    if (m.index < overEnd || unit === undefined || PART_AFTER.test(text.slice(end)) || PART_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue
    const count: ProseCount = { value: number(m[2]!), unit, word: m[4]!, approximate: m[1] !== undefined, atLeast: m[3] !== undefined }
    const over = OVER.exec(text.slice(end))
    const overUnit = noun(over?.[4])
    if (over && overUnit !== undefined && overUnit !== unit && !PART_AFTER.test(text.slice(end + over[0].length))) {
      count.over = { value: number(over[2]!), unit: overUnit, word: over[4]!, approximate: over[1] !== undefined, atLeast: over[3] !== undefined }
      overEnd = end + over[0].length
    }
    if (totalAt(m.index) || count.over) found.push(count)
  }
  return found
}

/** The changes a line states, each with the noun it is of and the percentage right after it. */
export function proseChanges(text: string): ProseChange[] {
  if (text.length > MAX) return []
  const found: ProseChange[] = []
  // Most lines hold neither "from" nor an arrow: the patterns, tried at every digit, are not run on them.
  const patterns = [...(FROM.test(text) ? [[FROM_TO, false] as const] : []), ...(AN_ARROW.test(text) ? [[ARROW, true] as const] : [])]
  for (const [re, fromArrow] of patterns) {
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index + m[0].length)
      // A chain "100 → 200 → 300" is a history, not one change.
      if (fromArrow && /^\s?(?:→|->|⇒|➜|⟶)/.test(after)) continue
      const word = [m[6], m[3], labelNoun(text.slice(0, m.index))].find((w) => noun(w) !== undefined)
      const unit = noun(word)
      if (word === undefined || unit === undefined || (m[3] !== undefined && noun(m[3]) !== undefined && noun(m[3]) !== unit)) continue
      const change: ProseChange = { from: number(m[2]!), to: number(m[5]!), unit, word }
      const g = GROWTH.exec(after)
      if (g) {
        const sign = g[2] === '+' || g[3]?.toLowerCase() === 'up' ? 1 : -1
        change.percent = { value: sign * Number(g[5]), approximate: g[1] !== undefined || g[4] !== undefined, text: g[0].trim().replace(/^[(,]\s*/, '') }
      }
      found.push(change)
    }
  }
  return found
}

/** The counted noun of the words before a change: "Tests: 1,347 → 2,001", "Test count grew from …". */
function labelNoun(before: string): string | undefined {
  const words = before.split(/[;|(]/).at(-1)!.match(WORDS) ?? []
  return words.slice(-4).reverse().find((w) => NOUN.test(w) && stem(w) !== 'item')
}
