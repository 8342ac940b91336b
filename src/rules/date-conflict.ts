import type { Document, DocumentDate } from '../model/types.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** Dates of the document that must agree and do not, and dates that cannot exist. */
export const meta = {
  id: 'date-conflict',
  defaultSeverity: 'warning',
  description: 'Report document dates that disagree or cannot exist',
  help: 'The document states its date twice and the two disagree (a header "Last Updated" and a footer "Last Updated"), says it was updated before it was written, or gives a date that does not exist (February 30). Keep one date, or make them agree.',
  messages: {
    impossible: 'Unexpected date `{raw}`, which does not exist',
    differs: 'Unexpected `{label}` date `{actual}`, line {otherLine} says `{expected}`',
    updatedBeforeCreated: 'Unexpected `{label}` date `{actual}`, earlier than the `{otherLabel}` date `{expected}` at line {otherLine}',
  },
} as const satisfies RuleMeta<'impossible' | 'differs' | 'updatedBeforeCreated'>

type Id = keyof typeof meta.messages

/** Checks dates that cannot exist, same-label dates that differ, and updates before creation. */
export function check(doc: Readonly<Document>): Draft<Id>[] {
  const drafts: Draft<Id>[] = []
  for (const d of doc.dates) {
    if (d.iso === undefined) drafts.push({ messageId: 'impossible', data: { raw: d.raw }, span: d.span, actual: d.raw })
  }
  const valid = doc.dates.filter((d): d is DocumentDate & { iso: string } => d.iso !== undefined)
  const firstByLabel = new Map<string, DocumentDate & { iso: string }>()
  for (const d of valid) {
    const label = d.label.toLowerCase()
    const first = firstByLabel.get(label)
    if (!first) { firstByLabel.set(label, d); continue }
    if (first.iso !== d.iso) drafts.push(pair('differs', d, first))
  }
  const created = valid.find((d) => d.kind !== 'updated')
  if (created) {
    for (const d of valid) {
      if (d.kind === 'updated' && d.iso < created.iso) drafts.push(pair('updatedBeforeCreated', d, created))
    }
  }
  return drafts
}

function pair(messageId: 'differs' | 'updatedBeforeCreated', d: DocumentDate & { iso: string }, other: DocumentDate & { iso: string }): Draft<Id> {
  return {
    messageId,
    data: { label: d.label, actual: d.iso, otherLine: other.span.line, expected: other.iso, otherLabel: other.label },
    span: d.span,
    related: [{ ...other.span, message: `\`${other.label}\` says \`${other.iso}\` here` }],
    actual: d.iso,
    expected: other.iso,
  }
}

export const dateConflict: Rule<Id> = { meta, check }
