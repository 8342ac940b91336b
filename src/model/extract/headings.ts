import type { Section } from '../types.js'
import type { Status } from '../../contract/status.js'
import { isHedged, readStatus, statusOfPercent, type StatusReading, type Vocabulary } from '../vocabulary.js'
import { readPercent, trimChars } from './numbers.js'
import { DECIMAL_POINT, type NumberConvention } from './number-convention.js'
import { DIGIT, LETTER } from '../letters.js'

/** What a heading says: the item it names and claims a status for, or the group it labels. */
export interface HeadingReading {
  /** Heading text without numbering, markers and status tail. */
  name: string
  claim?: StatusReading & { percent?: number; raw: string }
  /** Status given to everything filed under a group heading ("Missing Items" → todo). */
  label?: Status
  /** The label only says "not done" ("Remaining Items"): partial entries agree with it. */
  labelVague?: boolean
  /** Work still to do: action plan, next steps, roadmap. */
  plan: boolean
  /** About the document as a whole: summary, notes, conclusion, overall status. */
  documentLevel: boolean
  /** What the section's entries are when they are not work with a status (see Section.kind). */
  kind?: SectionKind
}

/** Sections whose entries are not work with a status, and sections of advice (see Section.kind). */
export type SectionKind = NonNullable<Section['kind']>

const NUMBERING = /^(?:\d{1,3}(?:\.\d{1,3})*[.):]?|[ivx]{1,5}[.)]|[a-z][.)])\s+/i
const GROUP_NOUNS = /\b(?:items|tasks|features|gaps|issues|requirements|fixes|bugs|todos|deliverables|components|areas|changes|improvements|enhancements|capabilities|stories|tickets|checks|debts|findings|problems|endpoints|services|pages|screens|steps|actions|modules|functions|phases|work|functionality|elements|parts|things|points|implementations)\b/i
const LABEL_WORDS: [RegExp, Status][] = [
  [/\b(?:remaining|outstanding|open|left|to be done|not yet done|still missing)\b/i, 'todo'],
  [/\b(?:accomplished|achievements|delivered|achieved)\b/i, 'done'],
]
// "What's Working Now", "What's Not Working", "What Remains": headings that file items, not items.
const WHAT = /^what(?:'s|’s|\s+is|\s+was|\s+has|\s+remains|\s+works|\s+still|\s+we)\b/i
const PLAN = /\b(?:action plan|next steps?|what(?:'s|’s| is) next|next actions?|roadmap|to-?do list|remaining work|future\b|immediate actions?|action items|(?:short|medium|long)[- ]term|upcoming|follow[- ]ups?|backlog|planned (?:work|improvements)|work plan)\b/i
const DOCUMENT_LEVEL = /^(?:executive summary|summary|overview|notes?|conclusions?|conclusi[oó]n(?:es)?|resumen(?: ejecutivo)?|introduction|table of contents|contents|appendix|references|(?:overall|final|project|current|document|completion|implementation|release|launch|delivery|mvp)?\s*status(?: summary| report)?|verdict|final (?:verdict|notes|summary)|statistics|metrics summary)\b/i
// Titles that negate what they hold: its entries are not open work nor done work.
const EXCLUDED = /\b(?:won['’]?t (?:fix|do|implement|be (?:fixed|done|implemented))|wont ?fix|out of scope|not in scope|excluded|exclusions|false positives?|not (?:an? )?(?:issues?|bugs?|problems?|concerns?)|non[- ]issues?|not applicable|rejected|declined|not planned|dismissed|(?:removed|dropped) (?:features?|items?|from scope))\b/i
// Alternatives weighed against each other: "Option 1: …", "Approach B".
const OPTIONS = /^(?:option|alternative|approach|choice|proposal|variant)\s*(?:\d{1,2}|[a-e]|[ivx]{1,3})\b/i
// Conditions, not work: "Definition of done", "Complete when", "Acceptance criteria", "Success metrics".
const CRITERIA = /\b(?:(?:complete|done|finished|ready) when|definition of (?:done|ready)|acceptance criteria|success (?:criteria|metrics|measures)|exit criteria|criteria|quality gates?|release gates?|goals?|targets?|prerequisites?|pre-requisites?|(?:daily|weekly|monthly|recurring|regular) (?:checklists?|routines?|tasks|reviews?)|routines?|every (?:day|week|month|sprint|release|monday|tuesday|wednesday|thursday|friday))\b/i
// A label its entries complete as conditions: "Do not delete the backups until:", "Roll back if:" ("Before:" alone compares).
const CONDITION_END = /\S\s+(?:before|until|till|unless|once|when|if)\s*:?\s*$/i
// Advice: what to do in general, not a list of this project's open work.
// "Ready for testing" is advice of a kind too: its ✅ says "ready", not "done".
const ADVICE = /\b(?:recommendations?|suggestions?|best practices|tips|guidelines|advice|lessons learned|when to use(?: it)?|how to use|ready (?:for|to) (?!production\b)\w+)\b/i

/** Whether a heading or list label introduces work still to do ("Next steps", "Action plan", "Próximos passos"). */
export function isPlanTitle(text: string, vocab?: Vocabulary): boolean {
  return PLAN.test(text) || vocab?.other.plan(text) === true
}

/** What kind of entries a heading or list label introduces, when they are not work with a status. */
export function sectionKind(text: string, plan: boolean, vocab?: Vocabulary): SectionKind | undefined {
  const bare = stripMarkers(stripNumbering(stripMarkers(text)))
  if (EXCLUDED.test(bare) || vocab?.other.excluded(bare)) return 'excluded'
  if (OPTIONS.test(bare)) return 'options'
  if (CRITERIA.test(bare) || vocab?.other.criteria(bare)) return 'criteria'
  if (CONDITION_END.test(bare) || vocab?.other.condition(bare)) return 'conditions'
  return !plan && (ADVICE.test(bare) || vocab?.other.advice(bare) === true) ? 'advice' : undefined
}

// Words that strengthen or qualify a status phrase without naming anything: "FULLY INTEGRATED", "Now complete".
const INTENSIFIERS = new RegExp(String.raw`(?<![${LETTER}${DIGIT}])(?:fully|partially|partly|completely|mostly|largely|entirely|totally|now|already|still|yet|successfully|finally|officially)(?![${LETTER}${DIGIT}])`, 'giu')

const PRIORITY = /\b(?:priority|priorities|severity|risk|impact|urgent|critical)\b/i
const CIRCLES = /[🔴🟠🟡🟢🔵⚪⚫]/u
const SEPARATORS = [' — ', ' – ', ' - ', ': ', ' | ', ' (']

/** Strips the numbering of a heading or list entry ("2.", "1.3", "Phase 2:" stays). */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '')
}

/** Removes status markers (emoji and symbols) from a name. */
export function stripMarkers(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u2190-\u21FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Reads a heading's plain text. */
export function readHeading(text: string, vocab: Vocabulary, numbers: NumberConvention = DECIMAL_POINT): HeadingReading {
  const plan = isPlanTitle(text, vocab)
  const bare = stripMarkers(stripNumbering(stripMarkers(text)))
  const kind = sectionKind(text, plan, vocab)
  // Excluded work, alternatives and criteria are neither items nor verdicts, and never a plan.
  if (kind && kind !== 'advice') return { name: trimSeparators(bare), plan: false, documentLevel: false, kind }
  const reading = readHeadingParts(text, bare, plan, vocab, numbers)
  return kind ? { ...reading, kind } : reading
}

function readHeadingParts(text: string, bare: string, plan: boolean, vocab: Vocabulary, numbers: NumberConvention): HeadingReading {
  const documentLevel = DOCUMENT_LEVEL.test(bare) || vocab.other.documentLevel(bare)
  const priorityContext = PRIORITY.test(text)
  const marker = priorityContext && CIRCLES.test(text) ? undefined : vocab.marker(text)

  // A completion percentage makes a claim even for a group ("### Components (65% Complete)").
  const percent = readPercent(bare, true, vocab, numbers)
  // A heading ending in a colon introduces what follows: "#### ❌ Missing from Plan:" files items.
  const introduces = bare.endsWith(':')
  // "✅ Completed (6)", "Pending (3 items)": a status label with the count of what it files.
  const uncounted = bare.replace(/\s*\(\s*\d+[^()]{0,20}\)\s*$/, '')
  // "Módulos completos (100%) - 60 módulos": a count noun of the document's language with a status word groups too.
  const nouned = () => bare.split(/\s+/).some((w) => vocab.other.countNoun(w)) && labelStatus(bare, undefined, vocab) !== undefined
  const grouping = introduces || GROUP_NOUNS.test(bare) || WHAT.test(bare) || isOnlyStatus(uncounted, vocab) || vocab.other.sectionLabel(uncounted) !== undefined || nouned()
  if (!percent && grouping) {
    const label = labelStatus(bare, marker?.vague === false ? marker.status : undefined, vocab)
    return { name: trimSeparators(bare), plan, documentLevel, ...(label ? { label: label.status, ...(label.vague ? { labelVague: true } : {}) } : {}) }
  }
  // "✅ Módulos completos (100%) - 60 módulos", "Not started modules (0%)": a label with the figure it
  // files its entries at, when the figure says what the label does.
  const filed = percent && grouping ? labelStatus(bare.slice(0, percent.index), marker?.vague === false ? marker.status : undefined, vocab) : undefined
  if (percent && filed && !filed.vague && filed.status === statusOfPercent(percent.value)) {
    return { name: trimSeparators(bare), plan, documentLevel, label: filed.status }
  }
  if (percent) {
    const name = trimSeparators(bare.slice(0, percent.index))
    const status = statusOfPercent(percent.value)
    const raw = bare.slice(percent.index).trim()
    return { name, plan, documentLevel, claim: { status, vague: false, markerConflict: false, percent: percent.value, raw } }
  }
  const lead = statusLead(bare, vocab)
  if (lead) {
    const reading = readStatus(marker ? `${marker.raw} ${lead.text}` : lead.text, vocab)
    if (reading) return { name: lead.name, plan, documentLevel, claim: { ...reading, raw: text.trim() } }
  }
  const tail = statusTail(bare, vocab)
  if (tail) {
    const reading = readStatus(marker ? `${marker.raw} ${tail.text}` : tail.text, vocab)
    if (reading) return { name: tail.name, plan, documentLevel, claim: { ...reading, raw: text.trim() } }
  }
  if (marker && !priorityContext) {
    // "MVP-3: Enterprise 🟡 PARTIAL": the words after the marker are its status, not part of the name.
    const after = stripMarkers(text.slice(marker.index + marker.raw.length))
    const reading = after !== '' && isOnlyStatus(after, vocab) ? readStatus(text.slice(marker.index), vocab) : undefined
    const name = reading ? trimSeparators(stripMarkers(stripNumbering(stripMarkers(text.slice(0, marker.index))))) : bare
    // "Billing ✅ Complete, except refunds": done with a reservation is no claim of done; "✅ Backtester
    // (89% coverage)": a marker beside a figure judges the figure, not whether the item is done.
    const figure = /\d\s?%/.test(text)
    const bareMarker = marker.status === 'done' && isHedged(text, vocab) ? { status: 'partial' as const, vague: true } : { status: marker.status, vague: marker.vague || figure }
    return { name, plan, documentLevel, claim: reading ? { ...reading, raw: text.slice(marker.index).trim() } : { ...bareMarker, marker, markerConflict: false, raw: marker.raw } }
  }
  return { name: bare, plan, documentLevel }
}

/** Whether the text is nothing but a status phrase ("Completed", "Not Started", "FULLY INTEGRATED"). */
export function isOnlyStatus(text: string, vocab: Vocabulary): boolean {
  const word = vocab.word(text)
  return word !== undefined && text.replace(word.raw, '').replace(INTENSIFIERS, '').replace(/[\s:.!*_()-]/g, '') === ''
}

function labelStatus(text: string, marker: Status | undefined, vocab: Vocabulary): { status: Status; vague?: boolean } | undefined {
  const words = vocab.words(text)
  // "✅ Pending (7)": words that say only not-done tell what the group holds; the marker is a slip.
  const said = words.at(-1)?.status
  if (marker === 'done' && said !== undefined && said !== 'done' && words.every((w) => w.status !== 'done')) return { status: said }
  // "Infrastructure ✅ 7.5/10 - PRODUCTION READY WITH GAPS": a reservation takes back the done.
  if (marker === 'done' && isHedged(text, vocab)) return { status: 'partial', vague: true }
  if (marker) return { status: marker }
  // "Cosa non esiste (ma era documentato FATTO)": the label opening the title outranks the words after it.
  const opening = vocab.other.sectionLabel(text)
  if (opening) return opening
  if (words.length > 0) return { status: words[words.length - 1]!.status }
  return labelWordStatus(text, vocab)
}

/** A label word that is not a status word: "Remaining", "Outstanding" (not done, vaguely), "Accomplished". */
export function labelWordStatus(text: string, vocab?: Vocabulary): { status: Status; vague: boolean } | undefined {
  const found = LABEL_WORDS.find(([re]) => re.test(text))?.[1]
  return found ? { status: found, vague: found !== 'done' } : vocab?.other.sectionLabel(text)
}

/** A status phrase after the last separator: "Phase 2 — COMPLETE", "Login (Done)". */
function statusTail(text: string, vocab: Vocabulary): { name: string; text: string } | undefined {
  let at = -1
  let sep = ''
  for (const s of SEPARATORS) {
    const i = text.lastIndexOf(s)
    if (i > at) { at = i; sep = s }
  }
  if (at <= 0) return undefined
  const tail = text.slice(at + sep.length).replace(/\)\s*$/, '')
  return isOnlyStatus(tail, vocab) ? { name: trimSeparators(text.slice(0, at)), text: tail } : undefined
}

/** A status phrase before the first separator: "INCOMPLETE - FAQ Content", "DONE: Login". */
function statusLead(text: string, vocab: Vocabulary): { name: string; text: string } | undefined {
  let at = -1
  let sep = ''
  for (const s of SEPARATORS) {
    const i = text.indexOf(s)
    if (i > 0 && (at < 0 || i < at)) { at = i; sep = s }
  }
  if (at <= 0) return undefined
  const head = text.slice(0, at)
  const name = trimSeparators(text.slice(at + sep.length))
  return name !== '' && isOnlyStatus(head, vocab) ? { name, text: head } : undefined
}

/** Trims separators and brackets left at the ends of a name. */
export function trimSeparators(text: string): string {
  return trimChars(text, ' \t:—–|(-*')
}
