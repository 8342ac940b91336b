import { coreTokens, leftoverTokens, namesMatch } from './names.js'
import type { Item } from './types.js'

/**
 * The one top-level item a name refers to: equal key first, else the unique item whose
 * name matches it (see namesMatch); undefined when none or several do.
 */
export function findItem(key: string, items: readonly Item[]): Item | undefined {
  const top = items.filter((i) => i.parent === undefined)
  const exact = top.filter((i) => i.key === key || i.claims.some((c) => c.key === key))
  if (exact.length === 1) return exact[0]
  if (exact.length > 1 || key === '') return undefined
  const tokens = key.split(' ')
  const core = coreTokens(tokens)
  const matches = top.filter((i) => {
    const other = i.key.split(' ')
    return coreTokens(other).length >= core.length ? namesMatch(tokens, other) : namesMatch(other, tokens) && core.length > 1
  })
  return matches.length === 1 ? matches[0] : undefined
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
