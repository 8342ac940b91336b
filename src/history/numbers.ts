import { nameKey, qualify } from '../model/names.js'
import type { Document, Item, StatedCount, Status } from '../model/types.js'
import type { ItemDiff } from './diff.js'

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

/** What a stated number counts: the whole document, the top-level items of a section, or an item's sub-items. */
type Scope = { kind: 'document' } | { kind: 'section'; path: string[] } | { kind: 'item'; key: string }

/**
 * Pairs the stated numbers of two versions (same subject, kind and status, in order) and keeps
 * those whose value or whose counted items changed. `items` are the document's item changes.
 */
export function diffNumbers(before: Readonly<Document>, after: Readonly<Document>, items: readonly ItemDiff[]): NumberDiff[] {
  const olds = keyed(before.counts)
  const diffs: NumberDiff[] = []
  for (const [key, now] of keyed(after.counts)) {
    const was = olds.get(key)
    if (!was) continue
    const beforeScope = scopeOf(before, was)
    const afterScope = scopeOf(after, now)
    const moved = items.filter((d) =>
      moves(now, d) && ((d.before && inScope(d.before.item, beforeScope)) || (d.after && inScope(d.after.item, afterScope))))
    const changed = was.value !== now.value
    if (!changed && moved.length === 0) continue
    diffs.push({ before: was, after: now, change: !changed ? 'items-only' : moved.length > 0 ? 'both' : 'number-only', items: moved })
  }
  return diffs
}

/** Whether a number goes up: more done, or less missing. Undefined when its direction says nothing. */
export function improved(diff: NumberDiff): boolean | undefined {
  const { before, after } = diff
  if (before.value === after.value) return undefined
  const up = after.value > before.value
  if (after.kind === 'gap') return !up
  const status: Status | undefined = after.status ?? (after.kind === 'percent' ? 'done' : undefined)
  if (status === 'done') return up
  if (status === 'todo' || status === 'blocked') return !up
  return undefined
}

/** Whether an item's change moves a number: its membership in the counted status, or its share for percentages. */
function moves(count: StatedCount, d: ItemDiff): boolean {
  if (d.kind === 'reworded') return false
  const status = count.status ?? (count.kind === 'count' ? undefined : 'done')
  if (d.kind === 'added' || d.kind === 'removed') return status === undefined || count.kind !== 'count' || (d.before ?? d.after)!.status === status
  if (status === undefined) return false
  if ((d.before!.status === status) !== (d.after!.status === status)) return true
  return count.kind !== 'count' && d.before!.percent !== d.after!.percent
}

function inScope(item: Item, scope: Scope): boolean {
  if (scope.kind === 'item') return item.parent === scope.key
  if (item.parent !== undefined) return false
  if (scope.kind === 'document') return true
  return item.claims.some((c) => scope.path.every((h, i) => c.sectionPath[i] === h))
}

/**
 * What a number counts: the section or item the numbers extractor found it is about, else an
 * item with sub-items or a section named like its subject, else the whole document.
 */
function scopeOf(doc: Readonly<Document>, count: StatedCount): Scope {
  const target = count.target
  if (target?.kind === 'section') {
    const section = doc.sections.find((s) => s.span.line === target.line)
    if (section) return { kind: 'section', path: section.path }
  }
  const key = target?.kind === 'item' ? target.key : nameKey(count.subject).key
  if (key === '') return { kind: 'document' }
  const item = doc.items.find((i) => i.key === key && doc.items.some((sub) => sub.parent === qualify(i.parent, i.key)))
  if (item) return { kind: 'item', key: qualify(item.parent, item.key) }
  const section = doc.sections.find((s) => nameKey(s.text).key === key)
  return section ? { kind: 'section', path: section.path } : { kind: 'document' }
}

/** Numbers keyed by subject, kind and status, with an ordinal among equals. */
function keyed(counts: readonly StatedCount[]): Map<string, StatedCount> {
  const seen = new Map<string, number>()
  const out = new Map<string, StatedCount>()
  for (const c of counts) {
    const base = [nameKey(c.subject).key, c.kind, c.status ?? ''].join('\u0000')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.set(`${base}\u0000${n}`, c)
  }
  return out
}
