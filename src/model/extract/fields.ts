import { readStatus, type Vocabulary } from '../vocabulary.js'
import type { Status } from '../../contract/status.js'
import { labelWordStatus, sectionKind, stripMarkers, trimSeparators, type SectionKind } from './headings.js'
import { DIGIT, WORD_LETTER } from '../letters.js'

/** A `Label: value` line. */
export interface Field {
  label: string
  value: string
  kind: 'status' | 'date' | 'progress' | 'other'
}

const FIELD = new RegExp(String.raw`^([${WORD_LETTER}][${WORD_LETTER}${DIGIT} /&'’.()-]{0,40}?)\s*[:：]\s*(.*)$`, 'u')
const STATUS_LABEL = /^(?:(?:current|overall|implementation|project|final|build|completion|feature|task|review|deployment|test|fix|item|work|development)\s+)?status$|^(?:implementation\s+)?state$/i
const DATE_LABEL = /^(?:(?:last|date)\s+)?(?:updated|modified|revised|reviewed|edited)(?:\s+(?:on|at|date))?$|^(?:date|report date|audit date|review date|created|created on|date created|generated|generated on|written|as of|prepared|prepared on|completion date|completed on|verified on|verification date)$/i
const PROGRESS_LABEL = /^(?:(?:overall|total|project|current)\s+)?(?:progress|completion|completeness|percent complete|% complete)$/i

/** Whether a label or column header names a completion figure ("Progress", "% complete", "Прогресс", "进度"). */
export function isProgressLabel(label: string, vocab?: Vocabulary): boolean {
  return PROGRESS_LABEL.test(label) || vocab?.other.fieldKind(label) === 'progress'
}

/** Reads a `Label: value` line (markdown already stripped); undefined when the line is not one. */
export function readField(line: string, vocab?: Vocabulary): Field | undefined {
  if (line.length > 2000) return undefined
  const m = FIELD.exec(stripMarkers(line))
  if (!m) return undefined
  const label = trimSeparators(m[1]!)
  const value = m[2]!.trim()
  if (label === '' || value.startsWith('//')) return undefined
  const kind = STATUS_LABEL.test(label) ? 'status' : DATE_LABEL.test(label) ? 'date' : isProgressLabel(label) ? 'progress' : vocab?.other.fieldKind(label) ?? 'other'
  // Markers were stripped to find the label; the value is taken again from the original line.
  const colon = line.search(/[:：]/)
  return { label, value: colon >= 0 ? line.slice(colon + 1).trim() : value, kind }
}

/** The kind of list a label line introduces when it is not work with a status ("Won't fix:", "Acceptance criteria:"). */
export function readKindLine(line: string, vocab?: Vocabulary): SectionKind | undefined {
  const text = line.trim()
  if (!text.endsWith(':') || text.length > 60) return undefined
  return sectionKind(text.slice(0, -1), false, vocab)
}

/** A list label such as "✅ Implemented:", "**Pending:**", "Remaining:" → its status (vague for "not done" words). */
export function readLabelLine(line: string, vocab: Vocabulary): { status: Status; vague: boolean } | undefined {
  const text = line.trim()
  if (!text.endsWith(':') || text.length > 60) return undefined
  const words = stripMarkers(text.slice(0, -1)).split(/\s+/).filter(Boolean)
  if (words.length > 5) return undefined
  const reading = readStatus(text.slice(0, -1), vocab)
  return reading ? { status: reading.status, vague: reading.vague } : labelWordStatus(text, vocab)
}
