import { coreTokens, namesFile, namesMatch } from '../names.js'
import type { Item, StatusClaim } from '../types.js'

interface Draft {
  /** A file name ("PHASE_2_ROADMAP.md"): matched by equal keys only. */
  file: boolean
  key: string
  tokens: string[]
  core: string[]
  parent: string | undefined
  /** The matrix column the claims are about; drafts of different subjects never meet. */
  subject: string | undefined
  claims: StatusClaim[]
  mergedInto?: Draft
}

/**
 * Forms items from claims: claims with the same key (under the same parent item) are one item;
 * then a shorter name joins the one longer name it matches (see namesMatch). A name that matches
 * several longer names joins none, and a one-word name only joins a name that adds filler words. Sub-items of one
 * item heading only meet by equal keys: a checklist's entries are distinct by construction.
 */
export function formItems(claims: readonly StatusClaim[]): Item[] {
  const byKey = new Map<string, Draft>()
  for (const claim of claims) {
    if (claim.key === '') continue
    const id = `${claim.parent ?? ''}\u0000${claim.subject ?? ''}\u0000${claim.key}`
    let draft = byKey.get(id)
    if (!draft) {
      const tokens = claim.key.split(' ')
      draft = { file: namesFile(claim.name), key: claim.key, tokens, core: coreTokens(tokens), parent: claim.parent, subject: claim.subject, claims: [] }
      byKey.set(id, draft)
    }
    draft.claims.push(claim)
  }
  const drafts = [...byKey.values()]
  const index = new Map<string, Draft[]>()
  for (const d of drafts) {
    for (const t of new Set(d.core)) {
      // Appended in place: copying the list per draft made 100,000 headings sharing a word quadratic.
      const id = `${d.parent ?? ''}\u0000${d.subject ?? ''}\u0000${t}`
      const list = index.get(id)
      if (list) list.push(d)
      else index.set(id, [d])
    }
  }
  const ordered = [...drafts].sort((a, b) => a.core.length - b.core.length || a.tokens.length - b.tokens.length)
  for (const short of ordered) {
    // Within one item's checklist the author listed each entry separately: only equal names meet.
    if (short.parent !== undefined || short.file) continue
    // A one-word name ("Storage", "Invoices") only joins a name that adds filler to it ("Storage
    // System"): among claims, "Storage Quotas" and "Invoice overdue" are other things.
    const candidates = candidatesFor(short, index).filter((d) => d !== short && !d.file && d.core.length >= short.core.length &&
      (short.tokens.length > 1 || d.core.length === 1) && namesMatch(short.tokens, d.tokens))
    const distinct = [...new Set(candidates.map(root))].filter((d) => d !== root(short))
    if (distinct.length === 1) short.mergedInto = distinct[0]
  }
  const items = new Map<Draft, Item>()
  for (const d of drafts) {
    const target = root(d)
    let item = items.get(target)
    if (!item) {
      item = { key: target.key, name: '', claims: [], ...(target.parent ? { parent: target.parent } : {}), ...(target.subject !== undefined ? { subject: target.subject } : {}) }
      items.set(target, item)
    }
    item.claims.push(...d.claims)
  }
  for (const item of items.values()) {
    item.claims.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)
    item.name = item.claims.reduce((best, c) => (c.name.length > best.length ? c.name : best), '')
  }
  return [...items.values()].sort((a, b) => a.claims[0]!.span.line - b.claims[0]!.span.line)
}

function root(d: Draft): Draft {
  let r = d
  while (r.mergedInto) r = r.mergedInto
  return r
}

/** Drafts under the same parent that share the rarest core token of `d`. */
function candidatesFor(d: Draft, index: Map<string, Draft[]>): Draft[] {
  let best: Draft[] | undefined
  for (const t of d.core) {
    const list = index.get(`${d.parent ?? ''}\u0000${d.subject ?? ''}\u0000${t}`) ?? []
    if (!best || list.length < best.length) best = list
  }
  return best ?? []
}
