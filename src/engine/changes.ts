import type { DocumentChanges, ItemChange, ItemOnly, NumberChange } from '../contract/changes.js'
import type { DocumentDiff, ItemDiff, ItemSide } from '../model/history/types.js'
import type { NumberDiff } from '../model/history/types.js'

/** Where a document's earlier version came from. */
export interface VersionInfo {
  path: string
  previousPath?: string
  state: DocumentChanges['state']
}

/** A document's diff as the report's `changes.documents[]` entry. */
export function documentChanges(diff: DocumentDiff, info: VersionInfo): DocumentChanges {
  const of = (kind: ItemDiff['kind']) => diff.items.filter((d) => d.kind === kind)
  return {
    path: info.path,
    ...(info.previousPath !== undefined ? { previousPath: info.previousPath } : {}),
    state: info.state,
    progress: of('progress').map(change),
    regression: of('regression').map(change),
    other: of('other').map(change),
    reworded: of('reworded').map(change),
    added: of('added').map((d) => only(d, d.after!)),
    removed: of('removed').map((d) => only(d, d.before!)),
    numbers: diff.numbers.map(number),
    verdicts: {
      added: diff.verdicts.added.map((v) => ({ text: v.text, line: v.span.line })),
      removed: diff.verdicts.removed.map((v) => ({ text: v.text, line: v.span.line })),
    },
  }
}

function change(d: ItemDiff): ItemChange {
  const b = d.before!
  const a = d.after!
  return {
    name: a.item.name,
    ...(b.item.name !== a.item.name ? { previousName: b.item.name } : {}),
    ...(d.parent !== undefined ? { parent: d.parent } : {}),
    before: version(b),
    after: version(a),
  }
}

function only(d: ItemDiff, s: ItemSide): ItemOnly {
  return { name: s.item.name, ...(d.parent !== undefined ? { parent: d.parent } : {}), ...version(s) }
}

function version(s: ItemSide): ItemChange['before'] {
  return { status: s.status, ...(s.percent !== undefined ? { percent: s.percent } : {}), line: s.claim.span.line, raw: s.claim.raw }
}

function number(n: NumberDiff): NumberChange {
  return {
    subject: n.after.subject,
    kind: n.after.kind,
    ...(n.after.status !== undefined ? { status: n.after.status } : {}),
    before: { value: n.before.value, line: n.before.span.line },
    after: { value: n.after.value, line: n.after.span.line },
    change: n.change,
    items: n.items.map((d) => (d.after ?? d.before)!.item.name),
  }
}
