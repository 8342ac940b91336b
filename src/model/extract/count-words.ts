import type { Status } from '../../contract/status.js'
import { readStatus, type Vocabulary } from '../vocabulary.js'
import { trimChars } from './numbers.js'
import { stem } from '../names.js'
import { WORD_LETTER } from '../letters.js'

const ONE_WORD = new RegExp(`^[${WORD_LETTER}]+$`, 'u')

/**
 * Labels of numbers that are not counts of items or completion percentages. "Priority: 2" is a
 * priority, but "High Priority: 5/5" names a group of items by its level, and counts them.
 */
export const NOT_COUNTED = /\b(?:versions?|release|years?|ports?|prices?|costs?|amount|budget|revenue|fees?|salary|dates?|day|days|month|weeks?|lines?|ids?|(?<!\b(?:high|medium|low|critical|top|urgent|normal|minor|major)[- ])priority|phase|step|sprint|score|rating|grade|rank|size|latency|duration|effort|estimates?|time|hours?|minutes?|coverage|uptime|accuracy)\b|[$€£¥#]/i
/** Nouns a count may count ("12 items", "20 services"). */
export const NOUN = /^(?:items?|tasks?|features?|issues?|bugs?|gaps?|risks?|requirements?|components?|checks?|tests?|endpoints?|services?|pages?|screens?|steps?|actions?|modules?|stor(?:y|ies)|tickets?|todos?|deliverables?|findings?|problems?|fix(?:es)?|changes?|areas?|categor(?:y|ies)|entries|entry|files?|recommendations?|priorities|goals?|objectives?|milestones?|phases?|sections?|capabilit(?:y|ies)|improvements?|enhancements?|blockers?|dependenc(?:y|ies)|errors?|vulnerabilit(?:y|ies)|points?|things?|questions?|decisions?|criteria)$/i
/** Things a document lists one per entry, so that "N of them" announces a list of N. */
const LIST_NOUNS = `item items task tasks issue issues bug bugs gap gaps risk risks requirement requirements step steps
  action actions todo todos deliverable deliverables finding findings problem problems fix fixes change changes
  recommendation recommendations priorities goal goals objective objectives milestone milestones blocker blockers
  question questions decision decisions improvement improvements enhancement enhancements feature features point
  points thing things entries entry area areas category categories story stories ticket tickets concern concerns
  layer layers reason reasons cause causes lesson lessons takeaway takeaways`.split(/\s+/)
export const LIST_NOUN = new RegExp(`^(?:${LIST_NOUNS.join('|')})$`, 'i')
/** The same nouns stemmed, as `quantities.ts` gives a count's unit: what a count of entries may count. */
export const LIST_NOUN_UNITS: ReadonlySet<string> = new Set(LIST_NOUNS.map((w) => stem(w)))
// Words before a number that make it an ordinal: "Phase 1 Goals", "Option 2 Steps".
const ORDINAL = /^(?:phase|step|option|day|days|week|weeks|sprint|part|stage|level|version|v|chapter|section|priority|tier|round|iteration|milestone|mvp|item|no|number|wave|release|module|lesson|task|issue|pr|epic|story|p|q)$/i
const PAREN_COUNT = new RegExp(String.raw`\((\d{1,4})(\+)?(?:\s([${WORD_LETTER}]{1,20}))?\)\s?:?$`, 'u')
const COMPLETE = /^(?:complete|completed|done|implemented|finished|ready)$/i
/** Words after a percentage that make it the part still missing ("15% gap"). */
export const GAP = /^(?:gap|gaps|remaining|missing|left|outstanding|incomplete|to go|not done|not complete)$/i
/** Whether a subject is the whole rather than one category, in English or the vocabulary's other languages. */
export function isOverall(subject: string, vocab: Vocabulary): boolean {
  return OVERALL.test(subject) || vocab.other.overall(subject)
}
/** A subject that is the whole rather than one category (Total, Overall, Project completion). */
export const OVERALL = /^(?:grand\s+)?(?:total|overall|all|sum)\b|^(?:project|whole)\s+(?:completion|progress|status)/i
/** Opens a "Top 5 risks" line. */
export const TOP = /\btop\s(\d{1,3})(?:(\+)|\b)/i

/**
 * The number of things a line announces: "The following 3 open items:", a heading "5 Open Risks" or
 * "Open Items (5)". Not an ordinal ("Phase 1 Goals"), and in a heading only at its start or end.
 */
export function countBeforeNoun(line: string, heading: boolean, ownNoun: (word: string) => boolean = () => false): { value: number; atLeast: boolean } | undefined {
  const paren = PAREN_COUNT.exec(line)
  const noun = (word: string) => LIST_NOUN.test(word) || ownNoun(word)
  if (paren && (paren[3] === undefined || noun(paren[3]))) return { value: Number(paren[1]), atLeast: paren[2] !== undefined }
  const tokens = line.split(/\s+/).filter(Boolean)
  const number = (token: string | undefined) => token !== undefined && /^\d{1,4}\+?$/.test(token)
  for (let i = tokens.length - 1; i > 0; i--) {
    if (!noun(trimChars(tokens[i]!, ':.,;)'))) continue
    // The number comes right before the noun, or before one plain word ("3 open items"); "20+" is at least 20.
    const j = number(tokens[i - 1]) ? i - 1 : i >= 2 && ONE_WORD.test(tokens[i - 1]!) && number(tokens[i - 2]) ? i - 2 : -1
    // In a heading the count opens it, or closes it after a separator ("Not started (0%) - 22 modules").
    const closing = j > 0 && i === tokens.length - 1 && /^[-–—:]$|:$/.test(tokens[j - 1]!)
    if (j < 0 || (heading && j !== 0 && !closing)) continue
    if (j > 0 && ORDINAL.test(trimChars(tokens[j - 1]!, ':.,;(#*'))) continue
    return { value: Number(tokens[j]!.replace('+', '')), atLeast: tokens[j]!.endsWith('+') }
  }
  return undefined
}

/** What follows a percentage says what it measures: completion, a gap, or something else. */
export function percentKind(words: string[], vocab?: Vocabulary): 'percent' | 'gap' | undefined {
  if (words.length === 0 || COMPLETE.test(words[0]!)) return 'percent'
  // "70% completado", "30% pendiente", "80% 完成": the words of the document's own language.
  const own = vocab?.other.status(words.slice(0, 2).join(' '))
  if (own === 'done') return 'percent'
  if (own === 'todo') return 'gap'
  const two = words.slice(0, 2).join(' ')
  if (GAP.test(words[0]!) || GAP.test(two)) return 'gap'
  return undefined
}

/** After a count: nothing, an item noun, or a status word ("12", "12 items", "3 of 5 done"). */
export function countTail(words: string[], vocab: Vocabulary): boolean {
  if (words.length === 0) return true
  if (words.length > 4) return false
  return NOUN.test(words[0]!) || vocab.other.countNoun(words[0]!) || readStatus(words.slice(0, 2).join(' '), vocab) !== undefined
}

/** The status a subject names when it is nothing but a status phrase ("Complete", "In Progress"). */
export function statusPhrase(subject: string, vocab: Vocabulary): Status | undefined {
  const word = vocab.word(subject)
  if (!word) return undefined
  const rest = subject.replace(word.raw, '').replace(/[\s:.!*_()-]/g, '').toLowerCase()
  return rest === '' || rest === 'items' || rest === 'tasks' ? word.status : undefined
}

