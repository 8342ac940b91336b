/** A percentage read from text. */
export interface PercentReading {
  value: number
  approximate: boolean
  /** Where the percentage expression starts (including an opening bracket). */
  index: number
}

// Read after whitespace is collapsed: three adjacent `\s*` around optional parts backtrack
// cubically on a long run of spaces ("50%" + 2,000 spaces + "x" took minutes).
const COMPLETION = /^(?:(?:complete|completed|done|implemented|finished|ready) ?)?\)? ?[.!]?$/i

/**
 * A completion percentage closing the text: "(85% Complete)", "— 85%", "~72%".
 * With `atEnd`, only a percentage followed by nothing but a completion word counts.
 */
export function readPercent(text: string, atEnd: boolean): PercentReading | undefined {
  const pct = text.lastIndexOf('%')
  if (pct < 1) return undefined
  if (atEnd && !COMPLETION.test(text.slice(pct + 1).replace(/\s+/g, ' ').trim())) return undefined
  let i = pct
  while (i > 0 && text[i - 1] === ' ') i--
  let start = i
  while (start > 0 && /[\d.,]/.test(text[start - 1]!)) start--
  const digits = text.slice(start, i).replace(/,/g, '.')
  if (!/^\d{1,3}(?:\.\d+)?$/.test(digits)) return undefined
  const value = Number(digits)
  if (value > 100) return undefined
  let index = start
  while (index > 0 && text[index - 1] === ' ') index--
  let approximate = false
  const before = text.slice(Math.max(0, index - 8), index)
  const approx = /(?:~|≈|about|approx\.?|around|circa|roughly)\s*$/i.exec(before)
  if (approx) { approximate = true; index -= approx[0].length }
  while (index > 0 && text[index - 1] === ' ') index--
  if (index > 0 && text[index - 1] === '(') index--
  return { value, approximate, index }
}

/** Removes characters of `chars` from both ends of `text` (linear, unlike an anchored regex). */
export function trimChars(text: string, chars: string): string {
  let a = 0
  let b = text.length
  while (a < b && chars.includes(text[a]!)) a++
  while (b > a && chars.includes(text[b - 1]!)) b--
  return text.slice(a, b)
}

/** A table cell read as a count and/or a percentage. */
export interface NumberCell {
  number?: number
  percent?: number
  approximate: boolean
}

const NUMBER_CELL = /^[~≈]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%)?\s*(?:\(\s*[~≈]?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\))?$/

/** Reads a cell that is only a number or a percentage ("6", "1,204", "**4**", "50%", "~72%", "6 (50%)"). */
export function readNumberCell(text: string): NumberCell | undefined {
  const bare = trimChars(text, ' *_`')
  if (bare.length > 40) return undefined
  const m = NUMBER_CELL.exec(bare)
  if (!m) return undefined
  const value = Number(m[1]!.replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''))
  const approximate = /^[~≈]/.test(bare)
  if (m[3]) return { percent: value, approximate }
  return { number: value, ...(m[4] ? { percent: Number(m[4]) } : {}), approximate }
}
