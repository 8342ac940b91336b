import { decisiveClaims, isExplicit } from '../model/status.js'
import { ItemIndex } from '../model/match.js'
import { leftoverTokens } from '../model/names.js'
import { doneParts } from '../model/done-parts.js'
import type { Document, Item, PlanEntry } from '../model/types.js'
import type { DonePart } from '../model/done-parts.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** An item claimed done that an action plan still lists as work to do. */
export const meta = {
  id: 'plan-conflict',
  defaultSeverity: 'warning',
  description: 'Report an item claimed done that an action plan still lists as work to do',
  help: 'An action plan, next-steps or roadmap section lists work on an item that the same document claims is done ("Setup Prometheus Metrics" while "Prometheus Metrics Collection ✅"). Remove the finished work from the plan, or correct the claim.',
  messages: {
    stillPlanned: 'Unexpected plan entry `{entry}`: `{item}` is claimed done at line {otherLine}',
  },
} as const satisfies RuleMeta<'stillPlanned'>

/** Reports every plan entry that names an item with a done claim. */
export function check(doc: Readonly<Document>): Draft<'stillPlanned'>[] {
  if (doc.plan.length === 0) return []
  const index = new ItemIndex(doc.items)
  const parts = doneParts(doc)
  return doc.plan.flatMap((entry) => {
    const item = index.find(entry.key)
    // A ✅ whose own words say otherwise ("✅ Billing - 30% complete") is no claim of done.
    const done = item ? decisiveClaims(item).filter((c) => c.status === 'done' && !c.markerConflict && c.span.line !== entry.span.line) : []
    if (!item || done.length === 0) return partOfDone(entry, parts.get(entry.key) ?? [])
    return [{
      messageId: 'stillPlanned' as const,
      data: { entry: entry.name, item: item.name, otherLine: done[0]!.span.line },
      span: entry.span,
      related: done.map((c) => ({ ...c.span, message: `Claimed done here: ${c.raw}` })),
      items: [item.name],
      // Sure when the entry names the item itself (its words all in the item's name) and the item is claimed done outright.
      confidence: done.some(isExplicit) && namesItem(entry.key, item) ? 'high' : 'medium',
    }]
  })
}

/**
 * A plan entry that is word for word a thing a done entry lists: "4. Global Search entwickeln" under
 * next steps and "✅ Sprint 8: Global Search & Keyboard Shortcuts". Sure when one done entry lists it.
 */
function partOfDone(entry: PlanEntry, parts: readonly DonePart[]): Draft<'stillPlanned'>[] {
  const done = parts.filter((p) => p.claim.span.line !== entry.span.line)
  if (done.length === 0) return []
  const first = done[0]!
  return [{
    messageId: 'stillPlanned',
    data: { entry: entry.name, item: first.name, otherLine: first.claim.span.line },
    span: entry.span,
    related: done.map((p) => ({ ...p.claim.span, message: `Claimed done here: ${p.claim.name}: … ${p.name}` })),
    items: [first.name],
    confidence: done.every((p) => isExplicit(p.claim)) && new Set(done.map((p) => p.claim.span.line)).size === 1 ? 'high' : 'medium',
  }]
}

/**
 * Whether every word of a plan entry (its verb removed) is in the name of one of the item's claims,
 * and that name adds at most one word: "Documentation" does not surely name "Tab Documents Implementation".
 */
function namesItem(entryKey: string, item: Item): boolean {
  const words = entryKey.split(' ')
  return item.claims.some((c) => {
    const own = c.key.split(' ')
    return words.every((w) => own.includes(w)) && leftoverTokens(words, own) <= (words.length > 1 ? 1 : 0)
  })
}

export const planConflict: Rule<'stillPlanned'> = { meta, check }
