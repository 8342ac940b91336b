import { nameKey, tokenize } from '../names.js'
import { qualify } from '../../contract/item-key.js'
import { lineSpan } from '../../contract/span.js'
import type { StatusClaim } from '../types.js'
import type { Span } from '../../contract/span.js'
import { readStatus, statusOfPercent, type StatusReading } from '../vocabulary.js'
import { addClaim, currentSection, parentItem, sectionPath, type Walk } from './context.js'
import { readCounts } from './counts.js'
import { readDate } from './dates.js'
import { pathsInValue, readPathRef } from './citations.js'
import { readField } from './fields.js'
import { stripMarkers } from './headings.js'
import type { TextLine } from './inline.js'
import { readPercent } from './numbers.js'
import { findPlaceholders, metadataPlaceholder } from './placeholders.js'
import { findVerdict } from './verdicts.js'
import { DIGIT, WORD_LETTER } from '../letters.js'

const NOT_WORD_CHARS = new RegExp(`[^${WORD_LETTER}${DIGIT}]+`, 'gu')

/** The named thing a line belongs to, when it is inside a list entry ("1. **Login**" → its sub-list). */
export interface Owner {
  name: string
  parent?: string
  /** The line of the list entry's own claim ("- [x] Export"), for the lines nested in that entry. */
  line?: number
}

/** The span of one source line's content. */
export function spanOfLine(walk: Walk, source: readonly string[], line: number): Span {
  const text = source[line - 1] ?? ''
  const first = text.search(/\S/)
  const column = first < 0 ? 1 : first + 1
  return lineSpan(line, walk.map(line, column), walk.map(line, text.length + 1))
}

// "Current State: 80% Complete" measures the document's subject, it does not name an item.
const GENERIC_PROGRESS = /^(?:(?:current|overall|total|project|final|the)\s+)*(?:state|status|progress|completion|score|coverage|result)$/i

const EVIDENCE_LABEL = /^(?:locations?|files?|paths?|evidence|implementation|implemented in|source|code|module|tests?)$/i

/**
 * Records the file paths a line cites (inline code, link targets, a `Location:` value)
 * as evidence for the item `itemKey`, when there is one.
 */
export function readRefs(walk: Walk, source: readonly string[], line: TextLine, itemKey: string | undefined): void {
  const field = line.refs.length === 0 ? readField(line.text, walk.vocab) : undefined
  const candidates = field && EVIDENCE_LABEL.test(field.label) ? pathsInValue(field.value) : line.refs
  for (const candidate of candidates) {
    const ref = readPathRef(candidate)
    if (!ref) continue
    const fallback = spanOfLine(walk, source, line.line)
    walk.facts.citations.push({ ...ref, ...(itemKey !== undefined ? { itemKey } : {}), span: placeAt(walk, source, line.line, candidate, fallback) })
  }
}

/** Key of the item a line without a claim of its own belongs to: its owner's, else the item heading's. */
export function itemKeyFor(walk: Walk, owner: Owner | undefined): string | undefined {
  return owner ? nameKey(owner.name, walk.vocab.languages[0]).key : parentItem(walk)
}

/** The exact span of `text` on a source line, or the line's span when it cannot be found verbatim. */
export function placeAt(walk: Walk, source: readonly string[], line: number, text: string, fallback: Span): Span {
  const i = (source[line - 1] ?? '').indexOf(text)
  return i < 0 ? fallback : lineSpan(line, walk.map(line, i + 1), walk.map(line, i + 1 + text.length))
}

/** Whether claims here are about the document as a whole rather than an item. */
export function documentLevel(walk: Walk): boolean {
  const section = currentSection(walk)
  return section === undefined || section.depth === 1 || section.documentLevel
}

/**
 * Reads one line of prose for the facts any line can hold: placeholders, dates,
 * verdicts, status fields and "Name: 75% complete" lines. Returns the claim it made, if any.
 */
export function readLine(walk: Walk, source: readonly string[], line: TextLine, owner?: Owner, inList = false): StatusClaim | undefined {
  const at = spanOfLine(walk, source, line.line)
  readCounts(walk, line.text, at)
  for (const p of findPlaceholders(line.prose)) walk.facts.placeholders.push({ text: p.text, span: placeAt(walk, source, line.line, p.text, at) })
  const docLevel = documentLevel(walk) && owner === undefined
  const verdict = findVerdict(line.text, docLevel && !inList, walk.vocab)
  const scope = verdict ? verdictScope(walk, verdict.qualifier) : undefined
  if (verdict && scope) walk.facts.verdicts.push({ text: verdict.text, claims: verdict.claims, scope, ...(verdict.kind ? { kind: verdict.kind } : {}), span: at })
  const field = readField(line.text, walk.vocab)
  const tbd = field ? metadataPlaceholder(field.label, field.value) : undefined
  if (tbd) walk.facts.placeholders.push({ text: tbd.text, span: placeAt(walk, source, line.line, tbd.text, at) })
  if (!field) return undefined
  if (field.kind === 'date') {
    const date = readDate(field.value, walk.vocab)
    if (date) {
      const kind = /updat|modif|revis|edit/i.test(field.label) ? 'updated' : /creat|generat|written|prepar/i.test(field.label) ? 'created' : 'date'
      walk.facts.dates.push({ label: field.label, kind, raw: date.raw, ...(date.iso ? { iso: date.iso } : {}), span: at })
    }
    return undefined
  }
  if (field.kind === 'status') return statusField(walk, field.value, at, owner, docLevel, verdict !== undefined)
  if (field.kind === 'progress') {
    const pct = readPercent(beforeComplete(field.value), false, walk.vocab, walk.numbers)
    const target = owner ?? headingItem(walk)
    if (pct && target) {
      return addClaim(walk, { name: target.name, raw: line.text, source: 'percentage', percent: pct.value, parent: target.parent, ...entryOf(target), span: at }, { status: statusOfPercent(pct.value), vague: false })
    }
    return undefined
  }
  // "Infrastructure: 75% complete" or "Login: ✅ Done" outside any item: a claim named by the label.
  if (owner !== undefined || parentItem(walk) !== undefined) return undefined
  const progress = GENERIC_PROGRESS.test(field.label) ? undefined : readProgress(walk, field.value)
  if (progress) {
    return addClaim(walk, { name: field.label, raw: line.text, source: 'percentage', percent: progress.percent, span: at }, progress.reading)
  }
  const reading = readStatus(field.value, walk.vocab)
  if (reading && stripMarkers(field.value.replace(reading.word?.raw ?? '', '')).replace(/[\s*_.!()-]/g, '') === '') {
    return addClaim(walk, { name: field.label, raw: field.value, source: 'field', span: at }, reading)
  }
  return undefined
}

/**
 * A progress value: "75% complete", "7/9 complete", "40/100 passing". A marker or status word
 * beside it that says otherwise ("90% Complete ✅", "0% (Partial)") is a marker conflict.
 */
function readProgress(walk: Walk, value: string): { percent: number; reading: Pick<StatusReading, 'status' | 'vague'> & Partial<StatusReading> } | undefined {
  // "45% → 85%" is a change, not a state; a breakdown in brackets ("70% (box ✅, table ❌)") speaks for its parts.
  if (/→|->|⇒/.test(value)) return undefined
  const outside = value.replace(/\([^()]*\)/g, (inner) => (walk.vocab.marker(inner) ? '' : inner))
  const bare = stripMarkers(value)
  const fraction = /^[~≈]?\s*(\d{1,6})\s*\/\s*(\d{1,6})\b(.{0,80})$/.exec(bare)
  let percent: number | undefined
  let rest = ''
  if (fraction && +fraction[2]! > 0 && +fraction[1]! <= +fraction[2]! && PROGRESS_WORD.test(fraction[3]!)) {
    percent = Math.round((1000 * +fraction[1]!) / +fraction[2]!) / 10
    rest = fraction[3]!.replace(PROGRESS_WORD, '')
  } else {
    const pct = readPercent(bare, false, walk.vocab, walk.numbers)
    if (!pct || pct.index > 2 || !/^\s*(?:%|\d)/.test(bare.slice(pct.index).replace(/^[(~≈\s]+/, ''))) return undefined
    const after = bare.slice(bare.indexOf('%', pct.index) + 1)
    if (!PROGRESS_WORD.test(after) && !/^\s*(?:\(|$)/.test(after)) return undefined
    percent = pct.value
    rest = after.replace(PROGRESS_WORD, '')
  }
  const status = statusOfPercent(percent)
  const marker = walk.vocab.marker(outside)
  const word = walk.vocab.word(rest)
  // A pass rate is judged by its author: "656/657 passing ✅" meets the bar it was held to.
  if (/pass/i.test(rest + value) && marker && !marker.vague) return { percent, reading: { status: marker.status, vague: false } }
  // A marker contradicts a number on done-ness ("90% ✅"); a word must name the number's own status
  // ("0% (Partial)"); blocked or deferred at 50% is plausible.
  const clash = marker && !marker.vague ? (marker.status === 'done') !== (status === 'done') && marker.status !== 'na'
    : word !== undefined && word.status !== status && ['done', 'partial', 'todo'].includes(word.status)
  const other = marker && !marker.vague ? marker : word
  if (clash && other) {
    return { percent, reading: { status, vague: false, markerConflict: true, figure: true, marker: other, word: { status, raw: `${percent}%`, by: 'word', vague: false, index: 0 } } }
  }
  return { percent, reading: { status, vague: false } }
}

const PROGRESS_WORD = /\b(?:complete|completed|done|implemented|finished|passing|passed)\b/i

/** The item heading the current section is, made one if a status field is found under a plain heading. */
function headingItem(walk: Walk): Owner | undefined {
  const section = currentSection(walk)
  if (!section || section.depth === 1 || section.documentLevel || section.label !== undefined || section.plan) return undefined
  const parent = parentItemAbove(walk)
  section.itemKey ??= qualify(parent, nameKey(section.text, walk.vocab.languages[0]).key)
  return { name: section.text, ...(parent ? { parent } : {}) }
}

/** Key of the nearest item heading above the current section. */
function parentItemAbove(walk: Walk): string | undefined {
  for (let i = walk.stack.length - 2; i >= 0; i--) {
    const key = walk.stack[i]!.itemKey
    if (key !== undefined) return key
  }
  return undefined
}

function statusField(walk: Walk, value: string, at: Span, owner: Owner | undefined, docLevel: boolean, isVerdict: boolean): StatusClaim | undefined {
  // "Status: ✅ ALL ITEMS COMPLETE" is a verdict, already recorded; it names no item.
  if (isVerdict) return undefined
  const reading = readStatus(value, walk.vocab)
  // The status opens the value ("✅ Done", "In progress - waiting on review"), not a word deep in prose.
  if (!reading || (reading.marker ?? reading.word)!.index > 4) return undefined
  if (docLevel) {
    // A document's own "Status: ✅ COMPLETE" is a verdict about everything in it;
    // "Status: PHASE 3 COMPLETE" is about phase 3 only, and not checkable as a verdict.
    if (reading.status === 'done' && subjectOf(walk, value) === '') walk.facts.verdicts.push({ text: value, claims: 'done', scope: [], span: at })
    return undefined
  }
  const target = owner ?? headingItem(walk)
  if (!target) return undefined
  // "Tested in Session 9, confirmed missing": words that say done and not done leave it open.
  const words = walk.vocab.words(value).filter((w) => w.status !== 'na' && w.status !== 'unknown')
  const mixed = words.some((w) => w.status === 'done') && words.some((w) => w.status !== 'done')
  return addClaim(walk, { name: target.name, raw: value, source: 'field', parent: target.parent, ...entryOf(target), span: at }, mixed ? { ...reading, vague: true } : reading)
}

function entryOf(owner: Owner): { entryLine?: number } {
  return owner.line !== undefined ? { entryLine: owner.line } : {}
}

const GENERIC_SUBJECT = /\b(?:all|every|everything|items?|tasks?|work|project|overall|fully|100%|status|now|is|are|the)\b/gi

/** What a status value is about: the words before its status phrase, minus generic ones ("ALL ITEMS"). */
function subjectOf(walk: Walk, value: string): string {
  const text = stripMarkers(value)
  const word = walk.vocab.word(text)
  return (word ? text.slice(0, word.index) : text).replace(/\d+(?:[.,]\d+)?\s*%/g, '').replace(GENERIC_SUBJECT, '').replace(NOT_WORD_CHARS, '')
}

/** The heading path a verdict is about: its section, or the section its qualifier names. */
/**
 * The heading path a verdict is about: its section, or the section its qualifier names ("all
 * Phase 1 tasks"). A qualifier no section names ("all coding tasks" beside "Remaining tasks
 * (non-coding)") leaves the verdict uncheckable: undefined.
 */
function verdictScope(walk: Walk, qualifier: string): string[] | undefined {
  // Counts are not scopes: "all 26 test categories" is about testing.
  const wanted = tokenize(qualifier, walk.vocab.languages[0]).filter((t) => !/^\d+$/.test(t))
  if (wanted.length > 0) {
    const named = walk.facts.sections.find((s) => {
      const tokens = tokenize(s.text, walk.vocab.languages[0])
      const negated = /\b(?:non|not|no)[\s-]+\w/i.test(s.text)
      return !negated && wanted.every((t) => tokens.includes(t))
    })
    return named?.path
  }
  return documentLevel(walk) ? [] : sectionPath(walk)
}

/**
 * The text before " complete…" (what `/\s+complete.*$/i` removes), found without a regex that
 * tries every start in a run of spaces and so grows with the square of its length.
 */
function beforeComplete(text: string): string {
  const at = text.search(/\scomplete/i)
  return at < 0 ? text : text.slice(0, at).trimEnd()
}
