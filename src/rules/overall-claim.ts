import { decisiveClaims, isDone, isExplicit } from '../model/status.js'
import { ItemIndex } from '../model/match.js'
import { nameKey } from '../model/names.js'
import type { Document, Item, Verdict } from '../model/types.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** A verdict such as "ALL ITEMS COMPLETE" contradicted by items that are not done. */
export const meta = {
  id: 'overall-claim',
  defaultSeverity: 'error',
  description: 'Report a verdict contradicted by items of the same document that are not done',
  help: 'The document states an overall verdict ("✅ ALL ITEMS COMPLETE", "100% complete", "production ready") while items it lists are missing, partial or disputed. Either finish those items or change the verdict.',
  messages: {
    contradicted: 'Unexpected verdict `{verdict}`: {count} {noun} not done ({names})',
  },
} as const satisfies RuleMeta<'contradicted'>

const SHOWN = 5

/** Reports every done verdict whose scope holds items that are not done. */
export function check(doc: Readonly<Document>): Draft<'contradicted'>[] {
  const index = new ItemIndex(doc.items)
  return doc.verdicts.flatMap((verdict) => {
    if (verdict.claims !== 'done') return []
    // "# ✅ Phase 2 — COMPLETE" in a document that lists Phase 2 speaks for Phase 2, not for Phase 3.
    const named = verdict.subject !== undefined ? index.find(nameKey(verdict.subject, doc.language).key) : undefined
    // A column of a comparison matrix ("Them", "Windows") is not the document's own work.
    const candidates = named ? [named] : doc.items.filter((item) => item.subject === undefined && inScope(item, verdict))
    // An item with nothing but a bare ⚠️ ("⚠️ Some warnings") is an observation, not open work.
    const open = candidates.filter((item) => !isDone(item) && decisiveClaims(item).some((c) => !c.vague))
    if (open.length === 0) return []
    const names = open.slice(0, SHOWN).map((i) => `\`${i.name}\``).join(', ') + (open.length > SHOWN ? `, and ${open.length - SHOWN} more` : '')
    return [{
      messageId: 'contradicted' as const,
      data: { verdict: verdict.text.trim(), count: open.length, noun: open.length === 1 ? 'item is' : 'items are', names },
      span: verdict.span,
      related: open.map((item) => {
        const claim = decisiveClaims(item).find((c) => c.status !== 'done') ?? item.claims[0]!
        return { ...claim.span, message: `\`${item.name}\` is \`${claim.status}\` here` }
      }).sort((a, b) => a.line - b.line),
      items: open.map((i) => i.name),
      actual: 'done',
      expected: `${open.length} not done`,
      confidence: sure(verdict, open, doc) ? 'high' : 'medium',
    }]
  })
}

/**
 * Sure when the verdict says everything is done (not "production ready", a judgement) and an open
 * item says so outright ("❌ Missing") outside any plan: work listed for later does not undo "complete".
 */
function sure(verdict: Verdict, open: readonly Item[], doc: Readonly<Document>): boolean {
  if (verdict.kind === 'ready') return false
  const planned = new Set(doc.sections.filter((s) => s.plan).map((s) => s.path.join('\u0000')))
  const inPlan = (path: readonly string[]) => path.some((_h, i) => planned.has(path.slice(0, i + 1).join('\u0000')))
  return open.some((item) => decisiveClaims(item).some((c) => c.status !== 'done' && isExplicit(c) && !inPlan(c.sectionPath)))
}

function inScope(item: Item, verdict: Verdict): boolean {
  if (verdict.scope.length === 0) return true
  return item.claims.some((c) => verdict.scope.every((h, i) => c.sectionPath[i] === h))
}

export const overallClaim: Rule<'contradicted'> = { meta, check }
