import { formItems } from './extract/items.js'
import { nameKey, planKey } from './names.js'
import type { Document } from './types.js'

/** Item names that mean the same item, from the config: canonical name → other spellings. */
export type Aliases = Record<string, string[]>

/**
 * The document with aliased names joined: every claim, sub-item link, item heading and plan
 * entry whose key is an alias's key takes the canonical name's key, and items are formed again.
 * Matching is on normalised keys, so an alias matches however the document spells it.
 */
export function applyAliases(doc: Document, aliases: Aliases): Document {
  const map = new Map<string, string>()
  const names = new Map<string, string>()
  for (const [canonical, others] of Object.entries(aliases)) {
    const target = nameKey(canonical, doc.language).key
    names.set(target, canonical)
    for (const other of others) {
      map.set(nameKey(other, doc.language).key, target)
      map.set(planKey(other, doc.language).key, target)
    }
  }
  if (names.size === 0) return doc
  const key = (k: string) => map.get(k) ?? k
  const claims = doc.claims.map((c) => ({ ...c, key: key(c.key), ...(c.parent !== undefined ? { parent: key(c.parent) } : {}) }))
  return {
    ...doc,
    claims,
    // An aliased item goes by its canonical name, however the document spelt it.
    items: formItems(claims).map((item) => (names.has(item.key) ? { ...item, name: names.get(item.key)! } : item)),
    sections: doc.sections.map((s) => (s.itemKey === undefined ? s : { ...s, itemKey: key(s.itemKey) })),
    plan: doc.plan.map((p) => ({ ...p, key: key(p.key) })),
  }
}
