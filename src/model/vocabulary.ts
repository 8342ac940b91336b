import type { Status } from '../contract/status.js'
import { compileLanguageWords, foldCase, lowerText, phraseRegex, spellings, statusPhrases, type LanguageWords } from './language-words.js'
import { languageTable, type LanguageCode } from './languages.js'
import { DIGIT, LETTER } from './letters.js'

/** A status read from text: which status, from what, and where in the text. */
export interface StatusMatch {
  status: Status
  /** The marker or phrase as it appears in the text. */
  raw: string
  /** 'marker' for an emoji or symbol, 'word' for a phrase. */
  by: 'marker' | 'word'
  /** True for markers that say "look here" rather than a state (a bare ⚠️). */
  vague: boolean
  index: number
}

/** Extra words per status, from the user's config. */
export type VocabularyExtension = Partial<Record<Status, string[]>>

// Markers: emoji and symbols, with or without the U+FE0F variation selector.
const MARKERS: [string, Status, boolean?][] = [
  ['✅', 'done'], ['✔', 'done'], ['☑', 'done'], ['🟢', 'done'], ['✓', 'done'],
  ['⚠', 'partial', true], ['🟡', 'partial'], ['🟠', 'partial'], ['🚧', 'partial'], ['🔶', 'partial'], ['🔄', 'partial'], ['◐', 'partial'],
  ['❌', 'todo'], ['✗', 'todo'], ['✘', 'todo'], ['🔴', 'todo'], ['⛔', 'blocked'], ['🚫', 'blocked'], ['⏳', 'todo', true], ['🕐', 'todo', true],
  ['⏸', 'blocked'], ['🛑', 'blocked'], ['⬜', 'todo'], ['☐', 'todo'], ['❎', 'todo'], ['➖', 'na'],
]

/** A compiled vocabulary: markers and phrases to statuses. */
export interface Vocabulary {
  /** The first marker in `text`, if any. */
  marker(text: string): StatusMatch | undefined
  /** The first status phrase in `text` (earliest, then longest), if any. */
  word(text: string): StatusMatch | undefined
  /** Every status phrase in `text`, in order, not overlapping. */
  words(text: string): StatusMatch[]
  /** The languages whose words it knows, the document's own first (English is always among them). */
  languages: readonly LanguageCode[]
  /** Section titles, verdicts, count nouns and dates of its languages other than English. */
  other: LanguageWords
  /**
   * A document's own status codes, from its legend ("PLAN | Geplant, Design vorhanden"): a status
   * text that is one of them, exactly and in its case, has its status (see model/legend.ts).
   */
  codes?: ReadonlyMap<string, Status>
}

const CIRCLES = new Set(['🔴', '🟠', '🟡', '🟢'])
const PRIORITIES = ['critical', 'high', 'medium', 'low', 'major', 'minor', 'blocker', 'urgent', 'p0', 'p1', 'p2', 'p3', 'p4']

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Builds a vocabulary from the status words of some languages (English always, see
 * `model/languages/`) plus the user's extra words.
 */
export function createVocabulary(extra: VocabularyExtension = {}, languages: readonly LanguageCode[] = ['en']): Vocabulary {
  const codes = languages.includes('en') ? [...languages] : [...languages, 'en' as const]
  const english = languageTable('en')
  const others = codes.filter((c) => c !== 'en').map(languageTable)
  const phrases = statusPhrases(others)
  for (const [status, list] of Object.entries(english.status) as [Status, string[]][]) for (const p of list) phrases.set(p, status)
  const own = new Set<string>()
  for (const [status, list] of Object.entries(extra) as [Status, string[]][]) {
    for (const phrase of list) { phrases.set(foldCase(phrase), status); own.add(foldCase(phrase)) }
  }
  // Every English (or user's) done word negated is todo ("not verified", "never deployed"), qualified
  // is partial ("partially integrated", "mostly working"), intensified stays done ("fully tested").
  const modifiers: [string[], Status][] = [[english.negations, 'todo'], [english.qualifiers, 'partial'], [english.intensifiers, 'done']]
  const done = [...(english.status.done ?? []), ...[...own].filter((p) => phrases.get(p) === 'done')]
  for (const phrase of done) {
    if (phrase.includes(' ')) continue
    for (const [list, made] of modifiers) for (const m of list) if (!phrases.has(`${m} ${phrase}`)) phrases.set(`${m} ${phrase}`, made)
  }
  // Every spelling of a phrase finds its status: the text's "não" may be decomposed, its "won’t" typographic.
  for (const [phrase, status] of [...phrases]) for (const s of spellings(phrase)) if (!phrases.has(foldCase(s))) phrases.set(foldCase(s), status)
  const wordRe = phraseRegex(phrases.keys())!
  // A circle before a priority ("🔴 **CRITICAL**", "🟢 Baixa", "🔴 Высокий") is a severity, not a status.
  const priorityAfter = new RegExp(`^[\\s*_]*(?:${[...PRIORITIES, ...others.flatMap((t) => t.priorities ?? []).flatMap(spellings)].map(escapeRe).join('|')})(?![${LETTER}${DIGIT}])`, 'iu')
  const markerRe = new RegExp(MARKERS.map(([m]) => escapeRe(m)).join('|'), 'gu')
  const markerStatus = new Map(MARKERS.map(([m, s, vague]) => [m, { status: s, vague: vague === true }]))

  const word = (text: string): StatusMatch[] => {
    const found: StatusMatch[] = []
    for (const m of lowerText(text).matchAll(wordRe)) {
      const status = phrases.get(foldCase(m[0]))
      if (status) found.push({ status, raw: text.slice(m.index, m.index + m[0].length), by: 'word', vague: false, index: m.index })
    }
    return found
  }
  return {
    marker(text) {
      markerRe.lastIndex = 0
      for (let m = markerRe.exec(text); m; m = markerRe.exec(text)) {
        if (CIRCLES.has(m[0]) && priorityAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue
        const entry = markerStatus.get(m[0])!
        return { status: entry.status, raw: m[0], by: 'marker', vague: entry.vague, index: m.index }
      }
      return undefined
    },
    word: (text) => word(text)[0],
    words: word,
    languages: codes,
    other: compileLanguageWords(others),
  }
}

/** The built-in vocabulary. */
export const defaultVocabulary: Vocabulary = createVocabulary()

/** Status a percentage stands for: done at 100, todo at 0, partial between. */
export function statusOfPercent(percent: number): Status {
  if (percent >= 100) return 'done'
  if (percent <= 0) return 'todo'
  return 'partial'
}

/** How far along a status is, for ordering (higher is more done); undefined for na/unknown. */
export function progressRank(status: Status): number | undefined {
  return { done: 3, partial: 2, blocked: 1, todo: 0, na: undefined, unknown: undefined }[status]
}

/** The status a piece of status-bearing text gives, from its marker and its words. */
export interface StatusReading {
  status: Status
  vague: boolean
  marker?: StatusMatch
  word?: StatusMatch
  /** The marker and the words right after it say opposite things ("✅ Not implemented"). */
  markerConflict: boolean
  /** The other side of the conflict is a figure ("✅ 20% complete"), not words. */
  figure?: true
}

// What may follow a status word that is the whole status: filler, one adverb, more filler, then
// the end, a separator, " - " or " with". Read by hand in one pass: as one regular expression
// the runs of filler on either side of the adverb backtrack into each other (cubic in the run).
const FILLER = /^[\s*_~`.!]*/u
const ADVERB = /^(?:yet|now|fully|still|at all|so far)/iu
const SEPARATOR = /^(?:$|[:;,(–—|])/u
const SPACED_SEPARATOR = /^(?:-\s|with\b)/iu

function endsStatus(rest: string): boolean {
  let at = FILLER.exec(rest)![0].length
  const adverb = ADVERB.exec(rest.slice(at))
  if (adverb) at += adverb[0].length + FILLER.exec(rest.slice(at + adverb[0].length))![0].length
  const tail = rest.slice(at)
  // " - " and " with" need a space before them, which the filler has taken when there is one.
  return SEPARATOR.test(tail) || (at > 0 && /\s/u.test(rest[at - 1]!) && SPACED_SEPARATOR.test(tail))
}

const isDone = (s: Status) => s === 'done'
const comparable = (s: Status) => s !== 'na' && s !== 'unknown'

/** A status text that is, bold or code spans aside, one of the document's own status codes. */
function codeReading(text: string, codes: ReadonlyMap<string, Status>): StatusReading | undefined {
  const bare = text.replace(/[*_`]/g, '').trim()
  const status = codes.get(bare)
  if (status === undefined) return undefined
  return { status, vague: false, word: { status, raw: bare, by: 'word', vague: false, index: text.indexOf(bare) }, markerConflict: false }
}

/**
 * Reads the status of status-bearing text (a status cell, a field value, a heading tail).
 * Words right after a marker refine it ("⚠️ Missing" is todo); words that contradict a
 * strong marker are a marker conflict and the marker is kept as the status.
 */
export function readStatus(text: string, vocab: Vocabulary = defaultVocabulary): StatusReading | undefined {
  const reading = readPlainStatus(text, vocab)
  // "✅ READY (with caveats)", "Complete except exports": done with a reservation is no claim of done.
  if (reading?.status === 'done' && isHedged(text, vocab)) return { ...reading, status: 'partial', vague: true, markerConflict: false }
  return reading
}

// A reservation beside a done status. Literal alternatives between word boundaries: linear.
const HEDGES = new RegExp(String.raw`(?<![${LETTER}])(?:with (?:(?:some|minor|known|a few|several|major|open)\s+)?(?:caveats?|gaps?|issues?|exceptions?|limitations?|reservations?|restrictions?|workarounds?|known issues)|except(?:ing)?|excluding|apart from|other than|but|however|pending|mostly|largely|almost|nearly|conditionally)(?![${LETTER}])`, 'giu')

/**
 * Whether text holds a reservation ("with caveats", "except", "but", "pending") that takes back a
 * done: one that no done word follows ("Marked missing but actually complete" is no reservation).
 */
export function isHedged(text: string, vocab: Vocabulary = defaultVocabulary): boolean {
  let end: number | undefined
  for (const m of text.matchAll(HEDGES)) end = m.index + m[0].length
  const other = vocab.other.lastHedge(text)
  if (other !== undefined && (end === undefined || other > end)) end = other
  return end !== undefined && !vocab.words(text.slice(end)).some((w) => w.status === 'done')
}

function readPlainStatus(text: string, vocab: Vocabulary): StatusReading | undefined {
  const code = vocab.codes && codeReading(text, vocab.codes)
  if (code) return code
  const marker = vocab.marker(text)
  const after = marker ? text.slice(marker.index + marker.raw.length) : text
  const word = vocab.word(after)
  if (!marker && !word) return undefined
  if (!marker) return { status: word!.status, vague: false, word, markerConflict: false }
  // "✅❌ Visit Entry Form": two markers that disagree say "partly", and contradict each other.
  const second = vocab.marker(after.slice(0, 4))
  if (second && second.index <= 2 && comparable(second.status) && second.status !== marker.status && !second.vague && !marker.vague) {
    return { status: 'partial', vague: false, marker, word: second, markerConflict: true }
  }
  if (!word) return { status: marker.status, vague: marker.vague, marker, markerConflict: false }
  const adjacent = /^[\s*_~`:.|\-–—()[\]\uFE0F]*$/u.test(after.slice(0, word.index))
  if (!adjacent) return { status: marker.status, vague: marker.vague, marker, word, markerConflict: false }
  // The words must be the whole status ("✅ Not implemented"), not a verb opening a task ("⏳ Complete 3 more variants").
  const rest = after.slice(word.index + word.raw.length)
  const whole = endsStatus(rest)
  if (marker.vague && !whole) return { status: marker.status, vague: true, marker, word, markerConflict: false }
  // "⚠️ Complete" / "⚠️ Pass with issues": done with a caveat is partial.
  if (marker.vague && isDone(word.status)) return { status: 'partial', vague: false, marker, word, markerConflict: false }
  const clash = whole && !marker.vague && comparable(marker.status) && comparable(word.status) &&
    isDone(marker.status) !== isDone(word.status)
  if (clash) return { status: marker.status, vague: false, marker, word, markerConflict: true }
  return { status: isDone(marker.status) !== isDone(word.status) && !whole ? marker.status : word.status, vague: false, marker, word, markerConflict: false }
}
