import type { Vocabulary } from '../vocabulary.js'
import { DECIMAL_POINT, decimalPattern, integerPattern, numeralValue, readNumeral, type NumberConvention } from './number-convention.js'
/** A percentage read from text. */
export interface PercentReading {
  value: number
  approximate: boolean
  /** Where the percentage expression starts (including an opening bracket). */
  index: number
}

// Read after whitespace is collapsed: three adjacent `\s*` around optional parts backtrack
// cubically on a long run of spaces ("50%" + 2,000 spaces + "x" took minutes).
const OWN_COMPLETION = /^[\p{L}\p{M} ]{1,30}\)? ?[.!]?$/u
const COMPLETION = /^(?:(?:complete|completed|done|implemented|finished|ready) ?)?\)? ?[.!]?$/i

/**
 * A completion percentage closing the text: "(85% Complete)", "— 85%", "~72%", "88,6 %".
 * With `atEnd`, only a percentage followed by nothing but a completion word counts.
 */
export function readPercent(text: string, atEnd: boolean, vocab?: Vocabulary, numbers: NumberConvention = DECIMAL_POINT): PercentReading | undefined {
  const pct = text.lastIndexOf('%')
  if (pct < 1) return undefined
  const tail = text.slice(pct + 1).replace(/\s+/g, ' ').trim()
  // "(85% Concluído)", "(100% COMPLETADO)": a done word of the document's own language closes it too.
  if (atEnd && !COMPLETION.test(tail) && !(vocab?.other.status(tail) === 'done' && OWN_COMPLETION.test(tail))) return undefined
  let i = pct
  while (i > 0 && text[i - 1] === ' ') i--
  let start = i
  while (start > 0 && /[\d.,]/.test(text[start - 1]!)) start--
  // A percentage is at most 100, so "1,000%" is no 1%, under either convention.
  const value = readNumeral(text.slice(start, i), numbers, true)
  if (value === undefined || value > 100) return undefined
  let index = start
  while (index > 0 && text[index - 1] === ' ') index--
  let approximate = false
  const before = text.slice(Math.max(0, index - 8), index)
  const approx = /(?:~|≈|about|approx\.?|around|circa|roughly)\s*$/i.exec(before)
  if (approx) { approximate = true; index -= approx[0].length }
  while (index > 0 && text[index - 1] === ' ') index--
  // "(0% → 100%)", "45% -> 60%": the end of a planned move, not where it stands.
  // "(40-70% coverage)": the top of a range, not a figure.
  if (FROM_PERCENT.test(text.slice(Math.max(0, index - 16), index)) || /\d%?[-–]$/.test(text.slice(Math.max(0, start - 5), start))) return undefined
  if (index > 0 && text[index - 1] === '(') index--
  return { value, approximate, index }
}

// The arrow may have been stripped with the markers ("0%  100%"): a percentage right before is the start.
const FROM_PERCENT = /\d\s?%\s*(?:→|->|⇒|➡️?|⟶)?\s*$/u

/** Removes characters of `chars` from both ends of `text` (linear, unlike an anchored regex). */
export function trimChars(text: string, chars: string): string {
  let a = 0
  let b = text.length
  while (a < b && chars.includes(text[a]!)) a++
  while (b > a && chars.includes(text[b - 1]!)) b--
  return text.slice(a, b)
}

/** A number read from the start of a text: a count, a fraction or a percentage, and what follows it. */
export interface Quantity {
  value: number
  /** True for "50%", false for a count. */
  percent: boolean
  /** The whole of a fraction: 5 in "3/5", "3 of 5", "3 out of 5". */
  of?: number
  /** A percentage in brackets after a count: 50 in "6 (50%)". */
  share?: number
  /** "~72%", "about 70", "≈ 70 %". */
  approximate: boolean
  /** The text after the quantity, trimmed. */
  rest: string
}

// Every quantifier here is followed by a different character class or a literal, so matching is
// linear; inputs are also cut to a short length before matching.
const APPROX = '(?:(~|≈|about|approx\\.?|approximately|around|roughly|circa|nearly|almost)\\s*)?'
const quantities = new Map<string, RegExp>()
/** The quantity pattern of a convention: approximation, number, then a percent sign or a whole, then a share. */
function quantityPattern(c: NumberConvention): RegExp {
  let re = quantities.get(c.decimal)
  if (re) return re
  const integer = `(${integerPattern(c)})`
  re = new RegExp(
    `^${APPROX}${integer}(${decimalPattern(c)})?(?:\\s?(%)|(?:\\s?/\\s?|\\s+(?:out\\s+)?of\\s+)${integer}(?![\\d/.]|,\\d))?` +
      `(?:\\s?\\(\\s?[~≈]?\\s?(\\d{1,3}(?:[.,]\\d+)?)\\s?%\\s?\\))?`,
    'i',
  )
  quantities.set(c.decimal, re)
  return re
}
const MAX_QUANTITY = 200

/**
 * Reads a quantity at the start of `text` ("6 (50%)", "3 of 5 done", "~72%", "1,204 items"), its
 * numbers written by the document's convention ("15.000+ Zeilen", "88,6 %", "2 001 tests").
 */
export function readQuantity(text: string, numbers: NumberConvention = DECIMAL_POINT): Quantity | undefined {
  const head = text.trimStart().slice(0, MAX_QUANTITY)
  const m = quantityPattern(numbers).exec(head)
  if (!m) return undefined
  const next = head[m[0].length]
  // "1.2.3", "15.03.2024", "2024-05-01", "12:30", "3/5/2024", "8080a", "1,234.5" read by a decimal comma are not quantities.
  if (next !== undefined && /[\d.,\-:/\p{L}]/u.test(next) && !(/[.,]/.test(next) && !/\d/.test(head[m[0].length + 1] ?? ''))) return undefined
  const value = numeralValue(m[2]!, m[3])
  const q: Quantity = { value, percent: m[4] !== undefined, approximate: m[1] !== undefined, rest: head.slice(m[0].length).trim() }
  if (m[5] !== undefined) q.of = numeralValue(m[5], undefined)
  const share = m[6] === undefined ? undefined : readNumeral(m[6], numbers, true)
  if (share !== undefined && share <= 100) q.share = share
  if (q.percent && value > 100) return undefined
  if (q.of !== undefined && (q.of === 0 || value > q.of)) return undefined
  return q
}

/** A table cell read as a count and/or a percentage. */
export interface NumberCell {
  number?: number
  percent?: number
  of?: number
  approximate: boolean
  /** "50+": at least this many. */
  atLeast?: true
}

/**
 * Reads a cell that is only a number or a percentage ("6", "1,204", "**4**", "50%", "~72%", "6 (50%)",
 * "3/5"), a status marker before it allowed ("✅ 17", "⏸️ 0"); "50+" is at least 50.
 */
export function readNumberCell(text: string, numbers: NumberConvention = DECIMAL_POINT): NumberCell | undefined {
  const bare = trimChars(text.replace(/^[\s*_]*[\p{Extended_Pictographic}\u2600-\u27BF\uFE0F]+\s*/u, ''), ' *_`')
  if (bare.length > 40) return undefined
  const q = readQuantity(bare, numbers)
  if (!q) return undefined
  const atLeast = q.rest === '+' && !q.percent && q.of === undefined
  if (q.rest !== '' && !atLeast) return undefined
  if (atLeast) return { number: q.value, approximate: q.approximate, atLeast: true }
  if (q.percent) return { percent: q.value, approximate: q.approximate }
  return {
    number: q.value,
    ...(q.of !== undefined ? { of: q.of } : {}),
    ...(q.share !== undefined ? { percent: q.share } : {}),
    approximate: q.approximate,
  }
}
