import { ItemIndex } from '../match.js'
import { qualify } from '../../contract/item-key.js'
import type { Item } from '../types.js'

/** An item of the earlier version, the later version, or both (the same item in each). */
export interface ItemPair {
  before?: Item
  after?: Item
}

interface Entry {
  key: string
  claims: readonly { key: string }[]
  item: Item
}

/**
 * Pairs the items of two versions of a document, the way claims are matched into items:
 * equal keys first, then a unique match by name (see ItemIndex). Sub-items are paired
 * within their paired parents. Returns the later version's items in order (each with its
 * earlier self, if any), then the earlier items nothing matched, in their order.
 */
export function pairItems(before: readonly Item[], after: readonly Item[]): ItemPair[] {
  const levels = new Map([...levelsOf(before), ...levelsOf(after)])
  return pairLevel(levels, before, after, undefined, undefined, 0)
}

// The parent each item is paired under: its own, or none when no item of its version is that parent
// (entries under a heading that is no item, "## Completion Summary"), so that it is paired at the top.
type Levels = ReadonlyMap<Item, string | undefined>
function levelsOf(items: readonly Item[]): Map<Item, string | undefined> {
  const paths = new Set(items.map(pathOf))
  return new Map(items.map((i) => [i, i.parent !== undefined && paths.has(i.parent) ? i.parent : undefined]))
}

function pairLevel(levels: Levels, before: readonly Item[], after: readonly Item[], parentBefore: string | undefined, parentAfter: string | undefined, depth: number): ItemPair[] {
  // Sub-items rarely nest more than two levels; the bound keeps a malformed model from recursing far.
  if (depth > 8) return []
  const olds = before.filter((i) => levels.get(i) === parentBefore)
  const news = after.filter((i) => levels.get(i) === parentAfter)
  const match = new Map<Item, Item>()
  const used = new Set<Item>()
  // Equal keys first, so that a looser match never takes an item that has an exact one.
  const byKey = new Map<string, Item[]>()
  const newKeys = new Map<string, number>()
  for (const item of olds) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item])
  for (const item of news) newKeys.set(item.key, (newKeys.get(item.key) ?? 0) + 1)
  for (const item of news) {
    const same = byKey.get(item.key) ?? []
    if (same.length === 1 && newKeys.get(item.key) === 1) {
      match.set(item, same[0]!)
      used.add(same[0]!)
    }
  }
  // Then by name, both ways: a shorter name finds a longer one ("Settings" → "User Settings"), not the reverse.
  const olderIndex = indexOf(olds.filter((i) => !used.has(i)))
  for (const item of news) {
    const found = match.has(item) ? undefined : lookUp(olderIndex, item)
    if (found && !used.has(found)) {
      match.set(item, found)
      used.add(found)
    }
  }
  const newerIndex = indexOf(news.filter((i) => !match.has(i)))
  for (const item of olds) {
    const found = used.has(item) ? undefined : lookUp(newerIndex, item)
    if (found && !match.has(found)) {
      match.set(found, item)
      used.add(item)
    }
  }
  const pairs: ItemPair[] = []
  for (const item of news) {
    const old = match.get(item)
    pairs.push(old ? { before: old, after: item } : { after: item })
    if (old) pairs.push(...pairLevel(levels, before, after, pathOf(old), pathOf(item), depth + 1))
    else pairs.push(...pairLevel(levels, [], after, undefined, pathOf(item), depth + 1))
  }
  for (const item of olds) {
    if (!used.has(item)) pairs.push({ before: item }, ...pairLevel(levels, before, [], pathOf(item), undefined, depth + 1))
  }
  return pairs
}

/** The key path a sub-item names its parent by. */
function pathOf(item: Item): string {
  return qualify(item.parent, item.key)
}

function indexOf(items: readonly Item[]): ItemIndex<Entry> {
  return new ItemIndex<Entry>(items.map((item) => ({ key: item.key, ...(item.subject !== undefined ? { subject: item.subject } : {}), claims: item.claims, item })))
}

/** The one indexed item that an item's key, or one of its claims' keys, names. */
function lookUp(index: ItemIndex<Entry>, item: Item): Item | undefined {
  return [item.key, ...item.claims.map((c) => c.key)].map((k) => index.find(k, item.subject)).find((e) => e !== undefined)?.item
}
