import type { Document } from '../model/types.js'
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
    }]
  })
}

export const markerConflict: Rule<'mismatch'> = { meta, check }
