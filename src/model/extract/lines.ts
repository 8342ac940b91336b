import { nameKey } from '../names.js'
import { lineSpan } from '../span.js'
import type { Span, StatusClaim } from '../types.js'
import { readStatus, statusOfPercent } from '../vocabulary.js'
import { addClaim, currentSection, parentItem, sectionPath, type Walk } from './context.js'
import { readDate } from './dates.js'
import { readField } from './fields.js'
import { stripMarkers } from './headings.js'
import type { TextLine } from './inline.js'
import { readPercent } from './numbers.js'
import { findPlaceholders } from './placeholders.js'
import { findVerdict } from './verdicts.js'

/** The named thing a line belongs to, when it is inside a list entry ("1. **Login**" → its sub-list). */
export interface Owner {
  name: string
  parent?: string
}

/** The span of one source line's content. */
export function spanOfLine(walk: Walk, source: readonly string[], line: number): Span {
  const text = source[line - 1] ?? ''
  const first = text.search(/\S/)
  const column = first < 0 ? 1 : first + 1
  return lineSpan(line, walk.map(line, column), walk.map(line, text.length + 1))
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
export function readLine(walk: Walk, source: readonly string[], line: TextLine, owner?: Owner): StatusClaim | undefined {
  const at = spanOfLine(walk, source, line.line)
  for (const p of findPlaceholders(line.prose)) walk.facts.placeholders.push({ text: p.text, span: placeAt(walk, source, line.line, p.text, at) })
  const docLevel = documentLevel(walk) && owner === undefined
  const verdict = findVerdict(line.text, docLevel)
  if (verdict) {
    walk.facts.verdicts.push({ text: verdict.text, claims: verdict.claims, scope: verdictScope(walk, verdict.qualifier), span: at })
  }
  const field = readField(line.text)
  if (!field) return undefined
  if (field.kind === 'date') {
    const date = readDate(field.value)
    if (date) {
      const kind = /updat|modif|revis|edit/i.test(field.label) ? 'updated' : /creat|generat|written|prepar/i.test(field.label) ? 'created' : 'date'
      walk.facts.dates.push({ label: field.label, kind, raw: date.raw, ...(date.iso ? { iso: date.iso } : {}), span: at })
    }
    return undefined
  }
  if (field.kind === 'status') return statusField(walk, field.value, at, owner, docLevel, verdict !== undefined)
  if (field.kind === 'progress') {
    const pct = readPercent(beforeComplete(field.value), false)
    const target = owner ?? headingItem(walk)
    if (pct && target) {
      return addClaim(walk, { name: target.name, raw: line.text, source: 'percentage', percent: pct.value, parent: target.parent, span: at }, { status: statusOfPercent(pct.value), vague: false })
    }
    return undefined
  }
  // "Infrastructure: 75% complete" or "Login: ✅ Done" outside any item: a claim named by the label.
  if (owner !== undefined || parentItem(walk) !== undefined) return undefined
  const pct = readPercent(field.value, true)
  if (pct && /complete|done|implemented|finished/i.test(field.value)) {
    return addClaim(walk, { name: field.label, raw: line.text, source: 'percentage', percent: pct.value, span: at }, { status: statusOfPercent(pct.value), vague: false })
  }
  const reading = readStatus(field.value, walk.vocab)
  if (reading && stripMarkers(field.value.replace(reading.word?.raw ?? '', '')).replace(/[\s*_.!()-]/g, '') === '') {
    return addClaim(walk, { name: field.label, raw: field.value, source: 'field', span: at }, reading)
  }
  return undefined
}

/** The item heading the current section is, made one if a status field is found under a plain heading. */
function headingItem(walk: Walk): Owner | undefined {
  const section = currentSection(walk)
  if (!section || section.depth === 1 || section.documentLevel || section.label !== undefined || section.plan) return undefined
  section.itemKey ??= nameKey(section.text).key
  const parent = parentItemAbove(walk)
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
    // A document's own "Status: ✅ COMPLETE" is a verdict about everything in it.
    if (reading.status === 'done') walk.facts.verdicts.push({ text: value, claims: 'done', scope: [], span: at })
    return undefined
  }
  const target = owner ?? headingItem(walk)
  if (!target) return undefined
  return addClaim(walk, { name: target.name, raw: value, source: 'field', parent: target.parent, span: at }, reading)
}

/** The heading path a verdict is about: its section, or the section its qualifier names. */
function verdictScope(walk: Walk, qualifier: string): string[] {
  if (qualifier !== '') {
    const words = qualifier.toLowerCase()
    const named = walk.facts.sections.find((s) => s.text.toLowerCase().includes(words))
    return named ? named.path : sectionPath(walk)
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
