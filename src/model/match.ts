import { coreTokens, leftoverTokens, namesMatch } from './names.js'
import type { Item } from './types.js'

/** What an index needs of an item: its key and the keys of its claims. */
export interface Keyed {
  key: string
  parent?: string
  /** A comparison matrix's column (see Item.subject): such items are found only by their key and subject. */
  subject?: string
  claims: readonly { key: string }[]
}

/** Top-level items indexed by claim key and by core token, to find the one a name refers to. */
export class ItemIndex<T extends Keyed> {
  private readonly byKey = new Map<string, T[]>()
  private readonly byToken = new Map<string, T[]>()

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.add(item)
  }

  /** Adds a top-level item (sub-items of an item heading are never referred to from outside it). */
  add(item: T): void {
    if (item.parent !== undefined) return
    for (const key of new Set([item.key, ...item.claims.map((c) => c.key)])) push(this.byKey, subjectKey(key, item.subject), item)
    if (item.subject !== undefined) return
    for (const token of new Set(coreTokens(item.key.split(' ')))) push(this.byToken, token, item)
  }

  /**
   * The one item a name's key refers to: an equal key first, else the unique item whose
   * name matches it (see namesMatch); undefined when none or several do.
   */
  find(key: string, subject?: string): T | undefined {
    if (key === '') return undefined
    const exact = this.byKey.get(subjectKey(key, subject)) ?? []
    if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined
    if (subject !== undefined) return undefined
    const tokens = key.split(' ')
    const core = coreTokens(tokens)
    let candidates: T[] | undefined
    for (const t of core) {
      const list = this.byToken.get(t) ?? []
      if (!candidates || list.length < candidates.length) candidates = list
    }
    const matches = (candidates ?? []).filter((i) => {
      const other = i.key.split(' ')
      return coreTokens(other).length >= core.length ? namesMatch(tokens, other) : namesMatch(other, tokens) && core.length > 1
    })
    return matches.length === 1 ? matches[0] : undefined
  }
}

/** The index key of a name about a matrix column: only the same name about the same column meets it. */
function subjectKey(key: string, subject: string | undefined): string {
  return subject === undefined ? key : `${subject}\u0000${key}`
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) { if (!list.includes(value)) list.push(value) } else map.set(key, [value])
}

/** The one top-level item of a document a name's key refers to (see ItemIndex.find). */
export function findItem(key: string, items: readonly Item[]): Item | undefined {
  return new ItemIndex(items).find(key)
}

/**
 * The candidates a name refers to, by key: those with an equal key, else those whose names match
 * (as in findItem) with the fewest words left over. Several are returned on a tie; none when none match.
 */
export function closestNames(key: string, candidates: readonly string[]): number[] {
  if (key === '') return []
  const exact = candidates.flatMap((c, i) => (c === key ? [i] : []))
  if (exact.length > 0) return exact
  const tokens = key.split(' ')
  const core = coreTokens(tokens)
  let best: number[] = []
  let distance = Infinity
  candidates.forEach((candidate, i) => {
    if (candidate === '') return
    const other = candidate.split(' ')
    const match = coreTokens(other).length >= core.length ? namesMatch(tokens, other) : namesMatch(other, tokens) && core.length > 1
    if (!match) return
    const d = leftoverTokens(tokens, other)
    if (d < distance) { best = [i]; distance = d } else if (d === distance) best.push(i)
  })
  return best
}
