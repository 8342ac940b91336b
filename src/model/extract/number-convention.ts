import type { LanguageCode } from '../languages.js'
import { DIGIT, WORD_LETTER } from '../letters.js'

const WORD_CHAR = new RegExp(`[${WORD_LETTER}${DIGIT}_]`, 'u')

/**
 * How one document writes its numbers. With a decimal point ("88.6%") a comma or a no-break space
 * groups thousands ("2,001", "2 001"); with a decimal comma ("88,6 %") a dot or a space does
 * ("2.001", "15.000+", "2 001"). Only "1,234" and "1.234" read differently under the two; a
 * separator not followed by exactly three digits ("2.5", "12,5") is a decimal mark under either.
 */
export interface NumberConvention {
  decimal: '.' | ','
}

export const DECIMAL_POINT: NumberConvention = { decimal: '.' }
export const DECIMAL_COMMA: NumberConvention = { decimal: ',' }

// Languages whose documents write a decimal comma when their numbers say nothing either way.
const COMMA_LANGUAGES: ReadonlySet<LanguageCode> = new Set(['de', 'es', 'it', 'pt', 'fr', 'ru'])
const NO_BREAK = '\\u00A0\\u202F'
// A group of three digits must end there: "1,2345" is no grouping.
const END = '(?!\\d)'

/** Pattern of a whole number as the convention groups it ("1,204", "15.000", "2 001", "12"). */
export function integerPattern(c: NumberConvention): string {
  // A plain space groups only under a decimal comma, and not before a percent sign ("Tests: 5 100%").
  return c.decimal === '.'
    ? `\\d{1,3}(?:,\\d{3})+${END}|\\d{1,3}(?:[${NO_BREAK}]\\d{3})+${END}|\\d+`
    : `\\d{1,3}(?:\\.\\d{3})+${END}|\\d{1,3}(?:[ ${NO_BREAK}]\\d{3})+${END}(?!\\s?%)|\\d+`
}

/**
 * Pattern of the decimal part after a whole number: the convention's mark, or the other mark where
 * it cannot be a grouping ("2.5" in a German page; "12,5%" in an English one, where only a
 * percentage tells a decimal comma from a list "1,2"; `percent`: the numeral is one, its sign cut off).
 */
export function decimalPattern(c: NumberConvention, percent = false): string {
  return c.decimal === '.' ? `\\.\\d+|,\\d{1,2}${percent ? '' : '(?=\\s?%)'}` : `,\\d+|\\.(?!\\d{3}${END})\\d+`
}

const exact = new Map<string, RegExp>()

/**
 * The value of a numeral written by the convention ("1.234,5" → 1234.5 under a decimal comma);
 * undefined for anything else. The numeral of a `percent` ("12,5" of "12,5%") may have a decimal comma under either.
 */
export function readNumeral(raw: string, c: NumberConvention, percent = false): number | undefined {
  const key = `${c.decimal}${percent}`
  let re = exact.get(key)
  if (!re) exact.set(key, (re = new RegExp(`^(${integerPattern(c)})(${decimalPattern(c, percent)})?$`)))
  const m = re.exec(raw)
  return m ? numeralValue(m[1]!, m[2]) : undefined
}

/** The value of a whole number and its decimal part as the patterns above matched them. */
export function numeralValue(integer: string, decimal: string | undefined): number {
  return Number(integer.replace(/\D/g, '') + (decimal ? `.${decimal.slice(1)}` : ''))
}

// A run of what a numeral, version, date, path, ID or word is made of: only a run of digits and
// marks alone is a numeral ("v2.001", "src/1.2", "#1.204", "-1,25", "12:30" are not).
const RUN = new RegExp(String.raw`[${WORD_LETTER}${DIGIT}_.,/:#-]+`, 'gu')
const NUMERAL = /^\d+(?:[.,]\d+)+$/
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/
const INLINE_CODE = /`[^`\n]*`/g
const SAMPLE = 100_000

/** What the document's numbers say of its decimal mark: votes for the point and for the comma. */
export function numberEvidence(text: string): { point: number; comma: number } {
  const votes = { point: 0, comma: 0 }
  let code = false
  // Code says nothing of the prose's convention: "range(1,10)", "[0.5, 1.25]".
  for (const line of (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).split('\n')) {
    if (FENCE.test(line)) code = !code
    if (code || !/\d[.,]\d/.test(line)) continue
    const plain = line.replace(INLINE_CODE, ' ')
    for (const m of plain.matchAll(RUN)) {
      // A sentence's full stop or comma after a number is not part of it.
      const token = /[.,]$/.test(m[0]) ? m[0].slice(0, -1) : m[0]
      if (!NUMERAL.test(token) || isTuple(plain, m.index, m.index + token.length)) continue
      const vote = evidenceOf(token, /^\s?%/.test(plain.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      if (vote) votes[vote]++
    }
  }
  return votes
}

/**
 * Whether a numeral is a tuple or a call's arguments rather than a number of prose: it opens the
 * brackets after a name ("SemaphoreSlim(1,1)", "max(2,5)") or is all the brackets hold ("(19,4)", "[1,2]").
 */
function isTuple(line: string, at: number, end: number): boolean {
  let i = at
  while (i > 0 && /[*_~"'“„«]/u.test(line[i - 1]!)) i--
  if (i === 0 || !/[([]/.test(line[i - 1]!)) return false
  return (i > 1 && WORD_CHAR.test(line[i - 2]!)) || /^[)\]]/.test(line.slice(end))
}

/**
 * The mark one numeral shows to be the decimal one, when it can show only one: "1.234,5",
 * "1.234.567", "3,25", "12,5 %" a comma; "1,234.5", "1,234,567", "88.6%" a point. "1,234",
 * "1.234", "2.5" (a version as often), "15.03.2024" and "1,2,3" show nothing.
 */
function evidenceOf(token: string, percent: boolean): 'point' | 'comma' | undefined {
  const groups = token.split(/[.,]/)
  const marks = token.replace(/\d/g, '')
  const last = marks.at(-1)!
  const grouped = (n: number) => groups[0]!.length <= 3 && groups.slice(1, n).every((g) => g.length === 3)
  if (marks.length > 1) {
    const inner = marks.slice(0, -1)
    // "1.234,5" / "1,234.5": groups of one mark, then the other.
    if (last !== inner[0] && [...inner].every((m) => m === inner[0]) && grouped(groups.length - 1)) return last === ',' ? 'comma' : 'point'
    // "1.234.567" / "1,234,567": only groups of three.
    if ([...marks].every((m) => m === last) && grouped(groups.length)) return last === '.' ? 'comma' : 'point'
    return undefined
  }
  if (groups[1]!.length === 3) return undefined
  if (last === ',') return 'comma'
  return percent ? 'point' : undefined
}

/**
 * The document's number convention: from its own unambiguous numbers, the side with more of them;
 * else from its language; else the decimal point.
 */
export function detectConvention(text: string, language: LanguageCode | undefined): NumberConvention {
  const { point, comma } = numberEvidence(text)
  if (point !== comma) return point > comma ? DECIMAL_POINT : DECIMAL_COMMA
  return language !== undefined && COMMA_LANGUAGES.has(language) ? DECIMAL_COMMA : DECIMAL_POINT
}
