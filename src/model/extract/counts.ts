import type { Status } from '../../contract/status.js'
import type { StatedCount } from '../number-types.js'
import type { Span } from '../../contract/span.js'
import { readStatus, type Vocabulary } from '../vocabulary.js'
import { sectionPath, type Walk } from './context.js'
import { readField } from './fields.js'
import { stripMarkers, stripNumbering, trimSeparators } from './headings.js'
import { countBeforeNoun, countTail, GAP, isOverall, LIST_NOUN, NOT_COUNTED, NOUN, OVERALL, percentKind, statusPhrase, TOP } from './count-words.js'
import { readPercent, readQuantity, trimChars, type Quantity } from './numbers.js'
import { DECIMAL_POINT, readNumeral, type NumberConvention } from './number-convention.js'
import { WORD_LETTER } from '../letters.js'

/** A number found in a line, before it is placed in the document. */
export interface FoundCount {
  subject: string
  status?: Status
  kind: StatedCount['kind']
  value: number
  approximate: boolean
  overall: boolean
  of?: number
  /** "20+ features": the count is a lower bound. */
  atLeast?: true
  /** For a percentage stated beside its count ("6 (50%)"): the count, and the whole when stated. */
  ratio?: { count: number; of?: number }
  /** What the number may announce in the list or table that follows (see StatedCount.announces). */
  announces?: 'entries' | 'sum'
  /** A number that says nothing of what it counts ("Critical: 1", "wallet: 4100"): kept only as part of a total. */
  bare?: true
}

/** Labels of percentages that measure something else than completion. */
const NOT_COMPLETION = /\b(?:coverage|uptime|accuracy|score|rating|grade|rank|latency|size|budget|costs?|prices?|revenue|fees?|margin|growth|increase|decrease|reduction|improvement|rate|usage|load|cpu|memory|confidence|probability|share)\b|[$€£¥#]/i
const PAREN_GAP = new RegExp(String.raw`\(\s?([~≈])?\s?(\d{1,3}(?:[.,]\d+)?)\s?%\s?([${WORD_LETTER}]{1,12}(?:\s[${WORD_LETTER}]{1,12})?)\s?\)\s?[.:]?$`, 'u')
const SHARE_AFTER = new RegExp(String.raw`^[${WORD_LETTER} ]{0,30}\(\s?(\d{1,3}(?:[.,]\d+)?)\s?%\s?\)`, 'u')
const NUMBERED = /^\d{1,3}(?:\.\d{1,3})*[.)]\s/
const MAX_LINE = 500

/** The counts and percentages one line of prose or a heading states. */
export function parseCounts(text: string, vocab: Vocabulary, heading: boolean, numbers: NumberConvention = DECIMAL_POINT): FoundCount[] {
  if (text.length > MAX_LINE) return []
  // "## 1. Infrastructure" is numbered; "12 items:" is counted.
  const line = stripMarkers(text).replace(NUMBERED, '')
  const announces = heading || line.endsWith(':')
  const field = heading ? undefined : readField(line)
  // "Phase 4: 0%" is a completion although "Phase 4: 3" counts nothing; "Coverage: 85%" measures something else.
  const percentField = field !== undefined && /^[\s~≈*_]*\d{1,3}(?:[.,]\d+)?\s?%/.test(field.value) && !NOT_COMPLETION.test(field.label)
  if (field && field.kind !== 'date' && !field.label.includes('(') && (percentField || !NOT_COUNTED.test(field.label))) {
    const found = fieldCounts(field.label, field.value, vocab, numbers)
    if (found.length > 0) return found
  }
  const fractionCounts = fractions(line, field?.label, vocab, announces, numbers)
  if (fractionCounts.length > 0) return fractionCounts
  const tail = tailPercent(line, heading, vocab, numbers)
  if (tail) return [tail]
  const top = TOP.exec(line)
  if (top && announces) return [count(trimSeparators(line), Number(top[1]), vocab, { announces: 'entries', ...(top[2] ? { atLeast: true as const } : {}) })]
  const counted = announces ? countBeforeNoun(line, heading, (w) => vocab.other.countNoun(w)) : undefined
  return counted !== undefined ? [count(trimSeparators(line), counted.value, vocab, { announces: 'entries', ...(counted.atLeast ? { atLeast: true as const } : {}) })] : []
}

/** "Label: 12", "Complete: 6 (50%)", "Progress: 3 of 5 done", "Core Systems: 70% complete", "Docs: 15% gap". */
function fieldCounts(label: string, value: string, vocab: Vocabulary, numbers: NumberConvention): FoundCount[] {
  const q = readQuantity(value, numbers)
  if (!q) return []
  const subject = subjectOf(label)
  const labelled = statusPhrase(subject, vocab)
  const words = wordsOf(q.rest)
  if (q.percent) {
    // "88% → 95%" (the arrow is stripped with the markers): the figure now is the last one.
    const moved = /^(?:→|->|⇒|to\b)?\s*(?=[~≈]?\d)/.exec(q.rest)
    const now = moved ? readQuantity(q.rest.slice(moved[0].length), numbers) : undefined
    if (now?.percent) return fieldCounts(label, q.rest.slice(moved![0].length), vocab, numbers)
    // "64% (2 of 5 MVPs complete)": a percentage with its own count and whole.
    const own = /^\(\s?(\d{1,5})\s?(?:\/|of|out of)\s?(\d{1,5})\b/.exec(q.rest)
    if (own && Number(own[2]) > 0 && Number(own[1]) <= Number(own[2])) {
      return [{ subject, ...(labelled ? { status: labelled } : { status: 'done' as const }), kind: 'percent', value: q.value, approximate: q.approximate, overall: isOverall(subject, vocab), ratio: { count: Number(own[1]), of: Number(own[2]) } }]
    }
    // "Phase 4: 0% (Communication - Future)": a figure with a note in brackets is a completion.
    const kind = q.rest.startsWith('(') && percentKind(words, vocab) !== 'gap' ? 'percent' : percentKind(words, vocab)
    if (!kind) return []
    return [{ subject, ...(labelled ? { status: labelled } : kind === 'percent' ? { status: 'done' } : {}), kind, value: q.value, approximate: q.approximate, overall: isOverall(subject, vocab) }]
  }
  if (!Number.isInteger(q.value) || !countTail(words, vocab)) return []
  shareAfter(q, numbers)
  const status = labelled ?? readStatus(q.rest, vocab)?.status
  const named = [...wordsOf(label), ...words]
  const overall = isOverall(subject, vocab)
  const base = { subject, ...(status ? { status } : {}), kind: 'count' as const, value: q.value, approximate: q.approximate, overall }
  // A count that says what it counts, or that it is a total, may announce a list; "wallet: 4100" says neither.
  if (named.some((w) => LIST_NOUN.test(w))) return withShare(q, { ...base, announces: 'entries' })
  if (overall || named.some((w) => NOUN.test(w) || vocab.other.countNoun(w))) return withShare(q, { ...base, announces: 'sum' })
  return withShare(q, status === undefined && q.share === undefined ? { ...base, bare: true } : base)
}

/** A percentage closing the line: "Docker (85% Complete)", "Login — 80% done", "Docs gaps (15% gap)". */
function tailPercent(line: string, heading: boolean, vocab: Vocabulary, numbers: NumberConvention): FoundCount | undefined {
  const gap = PAREN_GAP.exec(line)
  if (gap && GAP.test(gap[3]!)) {
    const subject = subjectOf(line.slice(0, gap.index))
    const value = readNumeral(gap[2]!, numbers, true)
    return subject && value !== undefined ? { subject, kind: 'gap', value, approximate: gap[1] !== undefined, overall: isOverall(subject, vocab) } : undefined
  }
  const pct = readPercent(line, true, vocab, numbers)
  if (!pct) return undefined
  const before = line.slice(0, pct.index).trimEnd()
  // The percentage must be set off from its subject ("Docker (85%)", "Docker — 85%"), not inside prose.
  if (line[pct.index] !== '(' && !/[-–—:|]$/.test(before)) return undefined
  const subject = subjectOf(before)
  // "Quality Grade: A (92%)": a field's value, not a subject's completion ("Phase 2: Core (80%)" is a heading's).
  if (!subject || subject.includes('(') || (!heading && subject.includes(':'))) return undefined
  return { subject, status: 'done', kind: 'percent', value: pct.value, approximate: pct.approximate, overall: isOverall(subject, vocab) }
}

/** "3 of 5 tasks done", "4/6 checks passing": a fraction followed by a status word. */
function fractions(line: string, label: string | undefined, vocab: Vocabulary, announces: boolean, numbers: NumberConvention): FoundCount[] {
  const found: FoundCount[] = []
  for (const m of line.matchAll(/(?<![\d.,/])\d/g)) {
    const q = readQuantity(line.slice(m.index), numbers)
    if (!q || q.of === undefined || !Number.isInteger(q.value)) continue
    const reading = readStatus(wordsOf(q.rest).slice(0, 3).join(' '), vocab)
    if (!reading) continue
    shareAfter(q, numbers)
    const subject = subjectOf(label ?? line.slice(0, m.index)) || subjectOf(line)
    found.push(...withShare(q, { subject, status: reading.status, kind: 'count', value: q.value, approximate: q.approximate, overall: isOverall(subject, vocab), ...(announces ? { announces: 'entries' as const } : {}) }))
  }
  return found
}

function count(subject: string, value: number, vocab: Vocabulary, extra: Partial<FoundCount>): FoundCount {
  const status = readStatus(subject, vocab)?.status
  return { subject, ...(status ? { status } : {}), kind: 'count', value, approximate: false, overall: isOverall(subject, vocab), ...extra }
}

/** The count, and the share beside it when one is written ("6 (50%)", "3 of 5 (60%)"). */
function withShare(q: Quantity, base: FoundCount): FoundCount[] {
  const found: FoundCount[] = [{ ...base, ...(q.of !== undefined ? { of: q.of } : {}) }]
  if (q.share !== undefined) {
    const { announces: _announces, bare: _bare, ...rest } = base
    found.push({ ...rest, kind: 'percent', value: q.share, ratio: { count: q.value, ...(q.of !== undefined ? { of: q.of } : {}) } })
  }
  return found
}

/** "3 of 5 done (60%)", "23/26 passed (88%)": a share may follow the words after a count. */
function shareAfter(q: Quantity, numbers: NumberConvention): void {
  const share = q.share === undefined ? SHARE_AFTER.exec(q.rest) : null
  const value = share ? readNumeral(share[1]!, numbers, true) : undefined
  if (value !== undefined && value <= 100) q.share = value
}

function subjectOf(text: string): string {
  return trimSeparators(trimChars(trimSeparators(stripNumbering(stripMarkers(text))), ',;.')).slice(0, 120)
}

function wordsOf(text: string): string[] {
  return text.replace(/[().,;:!*_]/g, ' ').split(/\s+/).filter(Boolean)
}

/** Records the counts of one line of prose, and remembers one that may announce what follows. */
export function readCounts(walk: Walk, text: string, span: Span): StatedCount[] {
  const made: StatedCount[] = []
  let intro: StatedCount | undefined
  for (const { bare, ...f } of parseCounts(text, walk.vocab, false, walk.numbers)) {
    const placed: StatedCount = { ...f, source: 'line', sectionPath: sectionPath(walk), span }
    // A bare number waits for its list to show it is part of a total (see closeList).
    if (bare) walk.bare.push(placed)
    else walk.facts.counts.push(placed)
    made.push(placed)
    if (f.announces) intro ??= placed
  }
  walk.intro = intro
  return made
}

/** Records the counts a heading states; a percentage is about the heading's own section. */
export function readHeadingCounts(walk: Walk, text: string, span: Span): StatedCount | undefined {
  let intro: StatedCount | undefined
  for (const f of parseCounts(text, walk.vocab, true, walk.numbers)) {
    const { bare: _bare, ...rest } = f
    const made: StatedCount = { ...rest, source: 'heading', sectionPath: sectionPath(walk), span }
    walk.facts.counts.push(made)
    if (f.kind !== 'count') made.target = { kind: 'section', name: f.subject, line: span.line }
    else if (f.announces) intro ??= made
  }
  return intro
}
