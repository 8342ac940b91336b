import type { Document } from '../model/types.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** Unfilled template text. */
export const meta = {
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: 'Report unfilled template text such as [Current Date] or TBD',
  help: 'Template placeholders ("[Current Date]", "[Project Name]", "TBD", "XX%", "{{…}}", "<insert …>", "YYYY-MM-DD") were never filled in, so the document does not say what it appears to say. Replace them with real content.',
  messages: {
    unfilled: 'Unexpected placeholder `{text}`, expected real content',
  },
} as const satisfies RuleMeta<'unfilled'>

/** Reports every placeholder. */
export function check(doc: Readonly<Document>): Draft<'unfilled'>[] {
  return doc.placeholders.map((p) => ({ messageId: 'unfilled' as const, data: { text: p.text }, span: p.span, actual: p.text }))
}

export const placeholder: Rule<'unfilled'> = { meta, check }
