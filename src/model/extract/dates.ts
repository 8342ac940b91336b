import type { Vocabulary } from '../vocabulary.js'

/** A date read from text. */
export interface DateReading {
  raw: string
  /** YYYY-MM-DD; absent when the date cannot exist (February 30). */
  iso?: string
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const ISO = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i')
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/

/** Whether year-month-day names a day that exists. */
function exists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function build(raw: string, y: number, m: number, d: number): DateReading {
  const pad = (n: number) => String(n).padStart(2, '0')
  return exists(y, m, d) ? { raw, iso: `${y}-${pad(m)}-${pad(d)}` } : { raw }
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1

/**
 * The first date in a piece of text: ISO, "December 8, 2024", "8 Dec 2024", "12/08/2024", and with
 * the month names of the vocabulary's other languages "8 de dezembro de 2024", "8. Dezember 2024", 2024年12月8日.
 */
export function readDate(text: string, vocab?: Vocabulary): DateReading | undefined {
  if (text.length > 500) return undefined
  let m = ISO.exec(text)
  if (m) return build(m[0], +m[1]!, +m[2]!, +m[3]!)
  m = MDY.exec(text)
  if (m) return build(m[0], +m[3]!, monthOf(m[1]!), +m[2]!)
  m = DMY.exec(text)
  if (m) return build(m[0], +m[3]!, monthOf(m[2]!), +m[1]!)
  const named = vocab?.other.date(text)
  if (named) return build(named.raw, named.y, named.m, named.d)
  m = NUMERIC.exec(text)
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!]
    // Day first when the first number cannot be a month (13/08/2024), else US order.
    return a > 12 ? build(m[0], +m[3]!, b, a) : build(m[0], +m[3]!, a, b)
  }
  return undefined
}
