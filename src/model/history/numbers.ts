import { isStatusWording, nameKey } from '../names.js'
import { qualify } from '../../contract/item-key.js'
import type { Document, Item } from '../types.js'
import type { Status } from '../../contract/status.js'
import type { StatedCount } from '../number-types.js'
import type { ItemDiff, NumberDiff } from './types.js'

/** The items a stated number counts, and whether that could be told (else: the whole document, as a guess). */
interface Scope {
  items: ReadonlySet<Item>
  known: boolean
}

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
      moves(now, d) && ((d.before && beforeScope.items.has(d.before.item)) || (d.after && afterScope.items.has(d.after.item))))
    const changed = was.value !== now.value
    // That the items moved and the number did not is only said of a number whose items are known.
    if (!changed && (moved.length === 0 || !afterScope.known)) continue
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

/**
 * What a number counts: the items under the section or item the numbers extractor found it is
 * about, else under an item (with sub-items) or a section named like its subject; the top-level
 * items of the document for an overall number or one named by a status, and as a guess for any other.
 */
function scopeOf(doc: Readonly<Document>, count: StatedCount): Scope {
  const target = count.target
  const byLine = target?.kind === 'section' ? doc.sections.find((s) => s.span.line === target.line) : undefined
  if (byLine) return { items: itemsUnder(doc, byLine.path), known: true }
  const key = target?.kind === 'item' ? target.key : nameKey(count.subject, doc.language).key
  const parent = key === '' ? undefined : doc.items.find((i) => i.key === key && doc.items.some((sub) => sub.parent === qualify(i.parent, i.key)))
  if (parent) return { items: new Set(doc.items.filter((i) => i.parent === qualify(parent.parent, parent.key))), known: true }
  const section = key === '' ? undefined : doc.sections.find((s) => nameKey(s.text, doc.language).key === key)
  if (section) return { items: itemsUnder(doc, section.path), known: true }
  // "Total: 12" and "Complete: 6" count the whole document; "Disaster recovery (70% gap)" something unnamed in it.
  return { items: new Set(doc.items.filter((i) => i.parent === undefined)), known: count.overall === true || isStatusWording(count.subject) }
}

/**
 * The items listed under a heading: those with a claim inside it, without the sub-items of an
 * item that is itself inside (a "Backend" count counts item headings, not their checklists),
 * but with those of an item heading that the section is (a "Docker (85%)" share counts its list).
 */
function itemsUnder(doc: Readonly<Document>, path: readonly string[]): Set<Item> {
  const inside = doc.items.filter((i) => i.claims.some((c) => path.every((h, n) => c.sectionPath[n] === h)))
  const paths = new Set(inside.map((i) => qualify(i.parent, i.key)))
  return new Set(inside.filter((i) => i.parent === undefined || !paths.has(i.parent)))
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
