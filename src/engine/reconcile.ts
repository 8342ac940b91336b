import type { Item } from '../model/types.js'
import { reconcileStatus } from '../model/status.js'
import type { Policy, ReconciledItem } from '../contract/result.js'

/** Every item of a document with its claims and reconciled status. */
export function reconcileItems(items: readonly Item[], path: string, policy: Policy): ReconciledItem[] {
  return items.map((item) => {
    const status = reconcileStatus(item, policy)
    return {
      name: item.name,
      key: item.key,
      ...(item.parent ? { parent: item.parent } : {}),
      ...(item.subject !== undefined ? { subject: item.subject } : {}),
      claims: item.claims.map((c) => ({
        status: c.status,
        ...(c.percent !== undefined ? { percent: c.percent } : {}),
        source: c.source,
        raw: c.raw,
        path,
        line: c.span.line,
      })),
      status,
      disputed: reconcileStatus(item, 'strict') === 'disputed',
    }
  })
}
