import { decisiveClaims } from '../model/status.js'
import type { Citation, Document, Item } from '../model/types.js'
import type { Draft, Rule, RuleContext } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** An item claimed done whose cited files are all absent from the repository. */
export const meta = {
  id: 'evidence-missing',
  defaultSeverity: 'warning',
  description: 'Report an item claimed done whose cited files do not exist',
  help: 'An item is claimed done and cites the files that implement it (`Location: backend/x.py`, inline code, links), but none of them exists under the repository root. Either the work is not there, or the paths moved: fix the claim or the paths. It only runs when at least one path the document cites exists (so the document describes this repository) or a root was given with --root.',
  messages: {
    missing: 'Unexpected missing file `{path}` cited for `{item}`, which is claimed done at line {otherLine}',
  },
} as const satisfies RuleMeta<'missing'>

/** Reports each done item all of whose checkable citations are missing. */
export function check(doc: Readonly<Document>, ctx: RuleContext): Draft<'missing'>[] {
  const exists = ctx.exists
  if (!exists || doc.citations.length === 0) return []
  const found = doc.citations.map((c) => exists(c.path, c.rooted))
  // A path with a folder that exists shows the document describes this repository; a bare README.md proves nothing.
  if (!ctx.rootGiven && !doc.citations.some((c, i) => c.rooted && found[i] === true)) return []
  const byItem = new Map<string, { citation: Citation; exists: boolean | undefined }[]>()
  doc.citations.forEach((citation, i) => {
    if (citation.itemKey === undefined) return
    byItem.set(citation.itemKey, [...(byItem.get(citation.itemKey) ?? []), { citation, exists: found[i] }])
  })
  return doc.items.flatMap((item) => missingFor(item, byItem))
}

function missingFor(item: Item, byItem: Map<string, { citation: Citation; exists: boolean | undefined }[]>): Draft<'missing'>[] {
  const done = decisiveClaims(item).find((c) => c.status === 'done')
  if (!done) return []
  const keys = new Set(item.claims.map((c) => c.key))
  const cited = [...keys].flatMap((k) => byItem.get(k) ?? [])
  if (cited.length === 0 || !cited.every((c) => c.exists === false)) return []
  const [first, ...rest] = cited.sort((a, b) => a.citation.span.line - b.citation.span.line || a.citation.span.column - b.citation.span.column)
  return [{
    messageId: 'missing',
    data: { path: first!.citation.path, item: item.name, otherLine: done.span.line },
    span: first!.citation.span,
    related: [
      { ...done.span, message: `Claimed done here: ${done.raw}` },
      ...rest.map((c) => ({ ...c.citation.span, message: `\`${c.citation.path}\` is missing too` })),
    ],
    items: [item.name],
    actual: 'missing',
    expected: first!.citation.path,
  }]
}

export const evidenceMissing: Rule<'missing'> = { meta, check }
