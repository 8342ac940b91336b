import { matchAcrossDocuments } from '../model/cross-document.js'
import { decisiveClaims, isExplicit, statusesConflict } from '../model/status.js'
import type { Item } from '../model/types.js'
import type { Draft, RunRule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** The same item given different statuses by two documents of one run. */
export const meta = {
  id: 'cross-doc-conflict',
  defaultSeverity: 'warning',
  description: 'Report an item given different statuses by two documents of one run',
  help: 'Two documents of the run (an audit and the "remaining items" page written after it, say) give the same item different statuses. The finding sits in the older document and names the newer one, with both lines and both dates; update the older document or mark it superseded. Documents are dated by their own "Date:" / "Last Updated:" lines or front matter, else by their last git commit, else by their modification time.',
  messages: {
    superseded: 'Unexpected status `{actual}` for `{item}` (this document: {date}), the newer `{other}` ({otherDate}) says `{expected}` at line {otherLine}',
  },
  scope: 'run',
} as const satisfies RuleMeta<'superseded'>

/** Reports, in the older document, each item the newest document mentioning it contradicts. */
export function check(...[docs]: Parameters<RunRule['check']>): (Draft<'superseded'> & { path: string })[] {
  const drafts: (Draft<'superseded'> & { path: string })[] = []
  for (const cross of matchAcrossDocuments(docs)) {
    const newest = cross.entries.at(-1)!
    if (newest.status === 'disputed') continue
    const newer = docs[newest.doc]!
    const theirs = decisiveClaims(newest.item).find((c) => c.status === newest.status)!
    for (const entry of cross.entries.slice(0, -1)) {
      if (entry.status === 'disputed' || !statusesConflict(entry.status, newest.status)) continue
      const older = docs[entry.doc]!
      const ours = decisiveClaims(entry.item).find((c) => c.status === entry.status)!
      drafts.push({
        path: older.doc.path,
        messageId: 'superseded',
        data: { actual: entry.status, item: entry.item.name, date: `${older.date.slice(0, 10)}, ${older.dateSource}`, other: newer.doc.path, otherDate: `${newer.date.slice(0, 10)}, ${newer.dateSource}`, expected: newest.status, otherLine: theirs.span.line },
        span: ours.span,
        related: [{ path: newer.doc.path, ...theirs.span, message: `\`${newer.doc.path}\` (${newer.date.slice(0, 10)}) says \`${newest.status}\` here` }],
        items: [entry.item.name],
        actual: entry.status,
        expected: newest.status,
        // Sure when both documents use the same name for it and state both statuses outright.
        confidence: sameName(entry.item, newest.item) && isExplicit(ours) && isExplicit(theirs) ? 'high' : 'medium',
      })
    }
  }
  return drafts
}

function sameName(a: Item, b: Item): boolean {
  const keys = new Set([a.key, ...a.claims.map((c) => c.key)])
  return [b.key, ...b.claims.map((c) => c.key)].some((k) => keys.has(k))
}

export const crossDocConflict: RunRule<'superseded'> = { meta, check }
