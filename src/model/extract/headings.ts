import type { Status } from '../types.js'
import { readStatus, statusOfPercent, type StatusReading, type Vocabulary } from '../vocabulary.js'
import { readPercent, trimChars } from './numbers.js'

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
}

const NUMBERING = /^(?:\d{1,3}(?:\.\d{1,3})*[.):]?|[ivx]{1,5}[.)]|[a-z][.)])\s+/i
const GROUP_NOUNS = /\b(?:items|tasks|features|gaps|issues|requirements|fixes|bugs|todos|deliverables|components|areas|changes|improvements|enhancements|capabilities|stories|tickets|checks|debts|findings|problems|endpoints|services|pages|screens|steps|actions|modules|functions|phases|work|functionality|elements|parts|things|points|implementations)\b/i
const LABEL_WORDS: [RegExp, Status][] = [
  [/\b(?:remaining|outstanding|open|left|to be done|not yet done|still missing)\b/i, 'todo'],
  [/\b(?:accomplished|achievements|delivered|achieved)\b/i, 'done'],
]
// "What's Working Now", "What's Not Working", "What Remains": headings that file items, not items.
const WHAT = /^what(?:'s|’s|\s+is|\s+was|\s+has|\s+remains|\s+works|\s+still|\s+we)\b/i
const PLAN = /\b(?:action plan|next steps?|what(?:'s|’s| is) next|next actions?|recommend(?:ed|ations?)?|roadmap|to-?do list|remaining work|future (?:work|improvements|enhancements)|immediate actions?|action items|(?:short|medium|long)[- ]term|upcoming|follow[- ]ups?|backlog|planned (?:work|improvements)|work plan)\b/i
const DOCUMENT_LEVEL = /^(?:executive summary|summary|overview|notes?|conclusions?|conclusi[oó]n(?:es)?|resumen(?: ejecutivo)?|introduction|table of contents|contents|appendix|references|(?:overall|final|project|current|document|completion|implementation|release|launch|delivery|mvp)?\s*status(?: summary| report)?|verdict|final (?:verdict|notes|summary)|statistics|metrics summary)\b/i
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
export function readHeading(text: string, vocab: Vocabulary): HeadingReading {
  const plan = PLAN.test(text)
  const bare = stripMarkers(stripNumbering(stripMarkers(text)))
  const documentLevel = DOCUMENT_LEVEL.test(bare)
  const priorityContext = PRIORITY.test(text)
  const marker = priorityContext && CIRCLES.test(text) ? undefined : vocab.marker(text)

  // A completion percentage makes a claim even for a group ("### Components (65% Complete)").
  const percent = readPercent(bare, true)
  // A heading ending in a colon introduces what follows: "#### ❌ Missing from Plan:" files items.
  const introduces = bare.endsWith(':')
  if (!percent && (introduces || GROUP_NOUNS.test(bare) || WHAT.test(bare) || isOnlyStatus(bare, vocab))) {
    const label = labelStatus(bare, marker?.vague === false ? marker.status : undefined, vocab)
    return { name: trimSeparators(bare), plan, documentLevel, ...(label ? { label: label.status, ...(label.vague ? { labelVague: true } : {}) } : {}) }
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
    return { name, plan, documentLevel, claim: reading ? { ...reading, raw: text.slice(marker.index).trim() } : { status: marker.status, vague: marker.vague, marker, markerConflict: false, raw: marker.raw } }
  }
  return { name: bare, plan, documentLevel }
}

/** Whether the text is nothing but a status phrase ("Completed", "Not Started"). */
export function isOnlyStatus(text: string, vocab: Vocabulary): boolean {
  const word = vocab.word(text)
  return word !== undefined && text.replace(word.raw, '').replace(/[\s:.!*_()-]/g, '') === ''
}

function labelStatus(text: string, marker: Status | undefined, vocab: Vocabulary): { status: Status; vague?: boolean } | undefined {
  if (marker) return { status: marker }
  const words = vocab.words(text)
  if (words.length > 0) return { status: words[words.length - 1]!.status }
  return labelWordStatus(text)
}

/** A label word that is not a status word: "Remaining", "Outstanding" (not done, vaguely), "Accomplished". */
export function labelWordStatus(text: string): { status: Status; vague: boolean } | undefined {
  const found = LABEL_WORDS.find(([re]) => re.test(text))?.[1]
  return found ? { status: found, vague: found !== 'done' } : undefined
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
