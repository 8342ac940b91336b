import type { Policy } from '../contract/result.js'
import type { Item, StatusClaim } from './types.js'
import type { Status } from '../contract/status.js'
import { progressRank } from './vocabulary.js'

/** Claims that take part in reconciliation: a bare ⚠️ defers to any claim that says more. */
export function decisiveClaims(item: Item): StatusClaim[] {
  const comparable = item.claims.filter((c) => progressRank(c.status) !== undefined)
  const firm = comparable.filter((c) => !c.vague)
  return firm.length > 0 ? firm : comparable
}

/**
 * Vague claims that still contradict the decisive ones: a bare ⚠️ or a "Remaining:" entry
 * only says "not done", which is no contradiction of partial or todo, but is of done.
 */
export function vagueDissent(item: Item): StatusClaim[] {
  const firm = decisiveClaims(item)
  if (!firm.some((c) => c.status === 'done') || firm.some((c) => c.vague)) return []
  return item.claims.filter((c) => c.vague && c.status !== 'done' && progressRank(c.status) !== undefined)
}

/** Whether two statuses contradict each other (na and unknown contradict nothing). */
export function statusesConflict(a: Status, b: Status): boolean {
  return a !== b && progressRank(a) !== undefined && progressRank(b) !== undefined
}

/** The one status an item's claims reconcile to under a policy. */
export function reconcileStatus(item: Item, policy: Policy): Status | 'disputed' {
  const claims = decisiveClaims(item)
  if (claims.length === 0) return item.claims[0]?.status ?? 'unknown'
  const statuses = [...claims, ...vagueDissent(item)].sort((a, b) => a.span.line - b.span.line).map((c) => c.status)
  if (statuses.every((s) => s === statuses[0])) return statuses[0]!
  switch (policy) {
    case 'strict':
      return 'disputed'
    case 'latest':
      return statuses.at(-1)!
    case 'pessimistic':
      return statuses.reduce((a, b) => (progressRank(b)! < progressRank(a)! ? b : a))
    case 'optimistic':
      return statuses.reduce((a, b) => (progressRank(b)! > progressRank(a)! ? b : a))
  }
}

/** Whether an item counts as done: every decisive claim says so. */
export function isDone(item: Item): boolean {
  return reconcileStatus(item, 'strict') === 'done'
}

/**
 * Whether a claim states its status in so many words on the item's own heading, row, line, field
 * or checkbox: not filed by a section label, not read off a figure between the ends ("85%", "7/9":
 * how far along is a judgement; 100% and 0% say done and not started), not a bare ⚠️, and not
 * contradicting itself ("✅ Not implemented"). Findings built on explicit claims only are sure.
 */
export function isExplicit(claim: StatusClaim): boolean {
  const figure = claim.percent !== undefined && claim.percent !== 100 && claim.percent !== 0
  return claim.vague !== true && claim.source !== 'status-list' && !figure && claim.markerConflict === undefined
}
