import { coreTokens, namesMatch } from './names.js'
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
