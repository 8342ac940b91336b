import { decisiveClaims, reconcileStatus } from '../status.js'
import { qualify } from '../../contract/item-key.js'
import type { Document, Item, StatusClaim, Verdict } from '../types.js'
import type { Status } from '../../contract/status.js'
import type { Policy } from '../../contract/result.js'
import { pairItems } from './match-items.js'
import { diffNumbers } from './numbers.js'
import type { DocumentDiff, ItemChangeKind, ItemDiff, ItemSide } from './types.js'

/** Steps from done: done 0, partial 1, todo and blocked 2; no place for na, unknown and disputed. */
const DISTANCE: Partial<Record<Status | 'disputed', number>> = { done: 0, partial: 1, todo: 2, blocked: 2 }

/** Compares two versions of a document: items paired by name, statuses reconciled under the run's policy. */
export function diffDocuments(before: Readonly<Document> | undefined, after: Readonly<Document>, policy: Policy): DocumentDiff {
  const names = new Map([...(before?.items ?? []), ...after.items].map((i) => [qualify(i.parent, i.key), i.name]))
  const items: ItemDiff[] = []
  for (const pair of pairItems(before?.items ?? [], after.items)) {
    const b = pair.before && side(pair.before, policy)
    const a = pair.after && side(pair.after, policy)
    const kind = !b ? 'added' : !a ? 'removed' : classify(b, a)
    if (!kind) continue
    const parentKey = (pair.after ?? pair.before)!.parent
    const diff: ItemDiff = kind === 'reworded' && b && a ? reworded(b, a) : { kind, ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) }
    if (parentKey !== undefined) diff.parent = names.get(parentKey) ?? parentKey
    items.push(diff)
  }
  return {
    ...(before ? { before } : {}),
    after,
    items,
    numbers: before ? diffNumbers(before, after, items) : [],
    verdicts: { added: missingFrom(after.verdicts, before?.verdicts ?? []), removed: missingFrom(before?.verdicts ?? [], after.verdicts) },
  }
}

/** Whether a change moves an item towards done (progress), away from it (regression), or neither. */
function classify(b: ItemSide, a: ItemSide): ItemChangeKind | undefined {
  if (b.status === a.status) {
    if (b.percent !== undefined && a.percent !== undefined && b.percent !== a.percent) return a.percent > b.percent ? 'progress' : 'regression'
    return signature(b.item).join('\n') === signature(a.item).join('\n') ? undefined : 'reworded'
  }
  const from = DISTANCE[b.status]
  const to = DISTANCE[a.status]
  if (from === undefined || to === undefined || from === to) return 'other'
  return to < from ? 'progress' : 'regression'
}

/** A reworded item shown by the claims that differ: the first new wording and the first old one. */
function reworded(b: ItemSide, a: ItemSide): ItemDiff {
  const old = new Set(signature(b.item))
  const now = new Set(signature(a.item))
  const newClaim = a.item.claims.find((c) => !old.has(claimSignature(c)))
  const oldClaim = b.item.claims.find((c) => !now.has(claimSignature(c)))
  return { kind: 'reworded', before: { ...b, claim: oldClaim ?? b.claim }, after: { ...a, claim: newClaim ?? a.claim } }
}

function side(item: Item, policy: Policy): ItemSide {
  const status = reconcileStatus(item, policy)
  const decisive = decisiveClaims(item)
  const claim = decisive.find((c) => c.status === status) ?? decisive[0] ?? item.claims[0]!
  const percent = decisive.find((c) => c.status === status && c.percent !== undefined)?.percent
  return { item, status, claim, ...(percent !== undefined ? { percent } : {}) }
}

/** What an item's claims say, position aside: changing any of it is a rewording. */
function signature(item: Item): string[] {
  return item.claims.map(claimSignature).sort()
}

function claimSignature(c: StatusClaim): string {
  return [c.source, c.status, c.percent ?? '', c.name, c.raw].join('\u0000')
}

/** Verdicts of one list that the other lacks (same words and claim, wherever they stand; repeats counted). */
function missingFrom(list: readonly Verdict[], other: readonly Verdict[]): Verdict[] {
  const left = other.map(verdictKey)
  return list.filter((v) => {
    const at = left.indexOf(verdictKey(v))
    if (at < 0) return true
    left.splice(at, 1)
    return false
  })
}

function verdictKey(v: Verdict): string {
  // Not the scope: renaming the heading above a verdict does not make it a new one.
  return `${v.text.toLowerCase().replace(/\s+/g, ' ').trim()}\u0000${v.claims}`
}
