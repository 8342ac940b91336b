import { isExplicit, statusesConflict } from '../model/status.js'
import type { Document, Item, StatusClaim } from '../model/types.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** A status marker that disagrees with the words right after it. */
export const meta = {
  id: 'marker-conflict',
  defaultSeverity: 'error',
  description: 'Report a status marker that disagrees with its own text',
  help: 'A marker such as ✅ or ❌ is followed by words that say the opposite ("✅ Not implemented", "❌ Complete"), a table row says done in its status column beside its own progress below 100% ("Phase 8 | Completed | 87%"), or a checked list entry has a "Status:" line of its own that says it is not done. Readers who scan the markers and readers who read the words will disagree; make them say the same thing.',
  messages: {
    mismatch: 'Unexpected `{words}` with `{marker}`: `{marker}` says `{expected}`, `{words}` says `{actual}`',
    ownStatus: 'Unexpected status `{expected}` for `{item}`: its own status line {otherLine} says `{actual}`',
  },
} as const satisfies RuleMeta<'mismatch' | 'ownStatus'>

type Id = keyof typeof meta.messages

/** Reports every claim whose marker and words disagree, and every list entry its own status line contradicts. */
export function check(doc: Readonly<Document>): Draft<Id>[] {
  return [...markerDrafts(doc), ...doc.items.flatMap(ownStatusDrafts)].sort((a, b) => a.span.line - b.span.line)
}

function markerDrafts(doc: Readonly<Document>): Draft<Id>[] {
  return doc.claims.flatMap((claim) => {
    const m = claim.markerConflict
    if (!m) return []
    return [{
      messageId: 'mismatch' as const,
      data: { words: m.words, marker: m.marker, expected: m.markerStatus, actual: m.wordStatus },
      span: claim.span,
      items: [claim.name],
      actual: m.wordStatus,
      expected: m.markerStatus,
      // A marker beside a figure ("95% ✅") is often "on track"; sure only where the document itself
      // treats the item as unfinished elsewhere.
      confidence: m.figure && !unfinishedElsewhere(doc, claim) ? 'medium' : 'high',
    }]
  })
}

/** "- [x] Prepare the release" whose nested "Status: 🔄 Partially completed" says otherwise. */
function ownStatusDrafts(item: Item): Draft<Id>[] {
  return item.claims.flatMap((line) => {
    const entry = line.entryLine === undefined ? undefined : item.claims.find((c) => c.span.line === line.entryLine)
    if (!entry || !statusesConflict(entry.status, line.status) || (entry.status !== 'done' && line.status !== 'done')) return []
    return [{
      messageId: 'ownStatus' as const,
      data: { expected: entry.status, item: item.name, otherLine: line.span.line, actual: line.status },
      span: entry.span,
      related: [{ ...line.span, message: `Its status line says \`${line.status}\`: ${line.raw}` }],
      items: [item.name],
      actual: line.status,
      expected: entry.status,
      confidence: isExplicit(entry) && isExplicit(line) ? 'high' : 'medium',
    }]
  })
}

const owners = new WeakMap<Readonly<Document>, Map<StatusClaim, Item>>()

/** Whether another explicit claim on the same item says it is not done. */
function unfinishedElsewhere(doc: Readonly<Document>, claim: StatusClaim): boolean {
  let itemOf = owners.get(doc)
  if (!itemOf) owners.set(doc, (itemOf = new Map(doc.items.flatMap((i) => i.claims.map((c) => [c, i] as const)))))
  return itemOf.get(claim)?.claims.some((c) => c !== claim && isExplicit(c) && c.status !== 'done' && c.status !== 'na' && c.status !== 'unknown') ?? false
}

export const markerConflict: Rule<Id> = { meta, check }
