import { ItemIndex } from './match.js'
import { isGenericKey, relatedGroups } from './related-documents.js'
import type { Item } from './types.js'
import type { Status } from '../contract/status.js'
import type { CrossItemResult, Policy } from '../contract/result.js'
import type { DatedDocument } from './run-document.js'
import { decisiveClaims, reconcileStatus, statusesConflict } from './status.js'
import { progressRank } from './vocabulary.js'

/** One document's word on an item that several documents of a run mention. */
export interface CrossEntry {
  /** Index into the run's documents, ordered oldest first. */
  doc: number
  item: Item
  status: Status | 'disputed'
}

/** An item that two or more documents of a run mention. */
export interface CrossItem {
  key: string
  name: string
  subject?: string
  claims: { key: string }[]
  /** Oldest document first. */
  entries: CrossEntry[]
}

/**
 * Matches the top-level items of documents (ordered oldest first) across documents, the way items
 * are matched within one, but only between documents that describe the same work (see
 * relatedGroups) and never by a generic name ("High Priority", "Phase 2", "Testing"); returns the
 * items at least two documents mention.
 */
export function matchAcrossDocuments(docs: readonly DatedDocument[]): CrossItem[] {
  const all: CrossItem[] = []
  for (const group of relatedGroups(docs.map((d) => d.doc))) {
    if (group.length < 2) continue
    const index = new ItemIndex<CrossItem>()
    for (const i of group) {
      for (const item of docs[i]!.doc.items) {
        if (item.parent !== undefined || isGenericKey(item.key) || decisiveClaims(item).length === 0) continue
        const entry = { doc: i, item, status: reconcileStatus(item, 'strict') }
        const found = [item.key, ...item.claims.map((c) => c.key)].map((k) => index.find(k, item.subject)).find((x) => x !== undefined)
        if (found) {
          if (!found.entries.some((e) => e.doc === i)) found.entries.push(entry)
          continue
        }
        const cross: CrossItem = { key: item.key, name: item.name, ...(item.subject !== undefined ? { subject: item.subject } : {}), claims: item.claims.map((c) => ({ key: c.key })), entries: [entry] }
        index.add(cross)
        all.push(cross)
      }
    }
  }
  // In the order the items first appear, oldest document first, as one index over all gave.
  return all.filter((c) => c.entries.length > 1).sort((a, b) => a.entries[0]!.doc - b.entries[0]!.doc)
}

/** The status the documents' words on an item reconcile to under a policy (latest: the newest document). */
export function reconcileAcross(cross: CrossItem, policy: Policy): Status | 'disputed' {
  const statuses = cross.entries.map((e) => e.status)
  if (policy === 'latest') return statuses.at(-1)!
  if (statuses.includes('disputed')) return 'disputed'
  const plain = statuses as Status[]
  const disagree = plain.some((s) => statusesConflict(s, plain[0]!))
  if (!disagree) return plain[0]!
  if (policy === 'strict') return 'disputed'
  const ranked = plain.filter((s) => progressRank(s) !== undefined)
  const pick = policy === 'pessimistic' ? Math.min : Math.max
  const best = pick(...ranked.map((s) => progressRank(s)!))
  return ranked.find((s) => progressRank(s) === best)!
}

/** The cross-document view of the report: each shared item, every document's word, the reconciled status. */
export function crossDocumentView(docs: readonly DatedDocument[], policy: Policy): CrossItemResult[] {
  return matchAcrossDocuments(docs).map((cross) => ({
    name: cross.name,
    entries: cross.entries.map((e) => ({
      path: docs[e.doc]!.doc.path,
      status: e.status,
      line: (decisiveClaims(e.item).find((c) => c.status === e.status) ?? e.item.claims[0]!).span.line,
      date: docs[e.doc]!.date,
    })),
    status: reconcileAcross(cross, policy),
  }))
}
