import type { Document, Item, StatusClaim, Verdict } from '../types.js'
import type { Status } from '../../contract/status.js'
import type { StatedCount } from '../number-types.js'

/** How an item changed between two versions of a document. */
export type ItemChangeKind = 'progress' | 'regression' | 'other' | 'reworded' | 'added' | 'removed'

/** An item in one version: its reconciled status and the claim that shows it. */
export interface ItemSide {
  item: Item
  status: Status | 'disputed'
  percent?: number
  claim: StatusClaim
}

/** One item that is not the same in both versions. */
export interface ItemDiff {
  kind: ItemChangeKind
  before?: ItemSide
  after?: ItemSide
  /** The parent item's name, for a sub-item. */
  parent?: string
}

/** What changed in a document's status between an earlier version (absent: it did not exist) and now. */
export interface DocumentDiff {
  before?: Readonly<Document>
  after: Readonly<Document>
  /** Changed, added and removed items: the current version's order, then removed items. */
  items: ItemDiff[]
  numbers: NumberDiff[]
  verdicts: { added: Verdict[]; removed: Verdict[] }
}

/**
 * A stated number (a total, a count per status, a percentage) whose value moved between two
 * versions while the items it counts did not ('number-only'), the reverse ('items-only'), or both.
 */
export interface NumberDiff {
  before: StatedCount
  after: StatedCount
  change: 'number-only' | 'items-only' | 'both'
  /** The changed items the number counts; empty for 'number-only'. */
  items: ItemDiff[]
}
