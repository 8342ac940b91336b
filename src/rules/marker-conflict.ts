import { isExplicit } from '../model/status.js'
import type { Document, Item, StatusClaim } from '../model/types.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** A status marker that disagrees with the words right after it. */
export const meta = {
  id: 'marker-conflict',
  defaultSeverity: 'error',
  description: 'Report a status marker that disagrees with its own text',
  help: 'A marker such as ✅ or ❌ is followed by words that say the opposite ("✅ Not implemented", "❌ Complete"). Readers who scan the markers and readers who read the words will disagree; make them say the same thing.',
  messages: {
    mismatch: 'Unexpected `{words}` with `{marker}`: `{marker}` says `{expected}`, `{words}` says `{actual}`',
  },
} as const satisfies RuleMeta<'mismatch'>

/** Reports every claim whose marker and words disagree. */
export function check(doc: Readonly<Document>): Draft<'mismatch'>[] {
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

const owners = new WeakMap<Readonly<Document>, Map<StatusClaim, Item>>()

/** Whether another explicit claim on the same item says it is not done. */
function unfinishedElsewhere(doc: Readonly<Document>, claim: StatusClaim): boolean {
  let itemOf = owners.get(doc)
  if (!itemOf) owners.set(doc, (itemOf = new Map(doc.items.flatMap((i) => i.claims.map((c) => [c, i] as const)))))
  return itemOf.get(claim)?.claims.some((c) => c !== claim && isExplicit(c) && c.status !== 'done' && c.status !== 'na' && c.status !== 'unknown') ?? false
}

export const markerConflict: Rule<'mismatch'> = { meta, check }
