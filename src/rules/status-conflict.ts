import { decisiveClaims, isDone, isExplicit, statusesConflict, vagueDissent } from '../model/status.js'
import { qualify } from '../contract/item-key.js'
import { closeNames } from '../model/names.js'
import type { Document, Item, StatusClaim } from '../model/types.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** The same item given different statuses in one document, or a done item with unfinished sub-items. */
export const meta = {
  id: 'status-conflict',
  defaultSeverity: 'error',
  description: 'Report an item given different statuses in one document',
  help: 'An item is claimed to be in two different states, for example "✅ FULLY IMPLEMENTED" under its heading and "❌ Not Implemented" in a table row, or marked done while sub-items listed under it are not. Decide which is true and correct the other place.',
  messages: {
    conflict: 'Unexpected status `{actual}` for `{item}`, line {otherLine} says `{expected}`',
    childNotDone: 'Unexpected status `done` for `{item}`: {count} of its sub-items {verb} not done (first: `{child}` `{childStatus}` at line {otherLine})',
  },
} as const satisfies RuleMeta<'conflict' | 'childNotDone'>

type Id = keyof typeof meta.messages

/** Checks every item's claims against each other, and done parents against their sub-items. */
export function check(doc: Readonly<Document>): Draft<Id>[] {
  const children = new Map<string, Item[]>()
  for (const item of doc.items) if (item.parent !== undefined) children.set(item.parent, [...(children.get(item.parent) ?? []), item])
  // A parent whose done-ness is a count of its rows ("26/26 Categories ✅") is count-mismatch's to report.
  const tallied = new Set(doc.tallies.map((t) => t.span.line))
  return [...doc.items.flatMap(conflictsIn), ...doc.items.flatMap((item) => unfinishedChildren(item, children, tallied))]
}

/**
 * Whether two claims are rows of tables of different things: in different sections (neither holding
 * the other) and under different item headers ("Decoder" and "Encoder"), or a one-word name there.
 */
function twoTables(a: StatusClaim, b: StatusClaim): boolean {
  const [short, long] = a.sectionPath.length <= b.sectionPath.length ? [a.sectionPath, b.sectionPath] : [b.sectionPath, a.sectionPath]
  if (a.source !== 'table-row' || b.source !== 'table-row' || short.every((h, i) => long[i] === h)) return false
  return a.itemHeader !== b.itemHeader || (a.subject === undefined && !a.key.includes(' '))
}

/** Whether two claims are not a list entry and its own nested status line. */
function apart(a: StatusClaim, b: StatusClaim): boolean {
  return a.entryLine !== b.span.line && b.entryLine !== a.span.line
}

function conflictsIn(item: Item): Draft<Id>[] {
  const claims = decisiveClaims(item)
  const first = claims[0]
  if (!first) return []
  const drafts: Draft<Id>[] = []
  const seen = new Set([first.status])
  for (const claim of claims) {
    if (seen.has(claim.status) || !statusesConflict(claim.status, first.status)) continue
    // A list entry against its own "Status:" line is a marker conflict (see marker-conflict.ts), not two places.
    const others = claims.filter((c) => c.status !== claim.status && apart(c, claim))
    const against = others.find((c) => statusesConflict(c.status, claim.status))
    if (!against) continue
    seen.add(claim.status)
    // Sure only when one status is done and the other not, both stated outright (partial against
    // todo, or ❌ against 🚫, are two ways of saying "not done"), of names that
    // are the same thing: rows of the tables of two different sections ("Ogg Vorbis" as a decoder and
    // as an encoder) may not be, nor a name with a word in front of the other ("Network integration
    // tests" is not "Integration tests").
    const sure = claims.some((a) => a.status === claim.status && isExplicit(a) &&
      others.some((b) => statusesConflict(b.status, a.status) && (a.status === 'done' || b.status === 'done') && isExplicit(b) && !twoTables(a, b) && closeNames(a.key, b.key)))
    drafts.push({
      messageId: 'conflict',
      data: { actual: claim.status, item: item.name, otherLine: against.span.line, expected: against.status },
      span: claim.span,
      related: others.map((c) => ({ ...c.span, message: `Status \`${c.status}\` stated here: ${c.raw}` })),
      items: [item.name],
      actual: claim.status,
      expected: against.status,
      severity: claim.status === 'done' || others.some((c) => c.status === 'done') ? 'error' : 'warning',
      confidence: sure ? 'high' : 'medium',
    })
  }
  const dissent = vagueDissent(item)[0]
  if (dissent && drafts.length === 0) {
    const done = claims.filter((c) => c.status === 'done')
    drafts.push({
      messageId: 'conflict',
      data: { actual: dissent.status, item: item.name, otherLine: done[0]!.span.line, expected: 'done' },
      span: dissent.span,
      related: done.map((c) => ({ ...c.span, message: `Status \`done\` stated here: ${c.raw}` })),
      items: [item.name],
      actual: dissent.status,
      expected: 'done',
      severity: 'error',
      // A bare ⚠️ or a "Remaining:" filing only hints that the item is not done.
      confidence: 'medium',
    })
  }
  return drafts
}

/** A done item whose sub-items (by their parent's path key) are not all done. */
function unfinishedChildren(parent: Item, children: ReadonlyMap<string, Item[]>, tallied: ReadonlySet<number>): Draft<Id>[] {
  if (!isDone(parent)) return []
  const keys = new Set(parent.claims.map((c) => qualify(c.parent, c.key)))
  const open = [...keys]
    .flatMap((k) => children.get(k) ?? [])
    .filter((i) => i !== parent)
    .flatMap((i) => decisiveClaims(i).filter((c) => statusesConflict(c.status, 'done')).slice(0, 1).map((c) => ({ item: i, claim: c })))
    .sort((a, b) => a.claim.span.line - b.claim.span.line)
  const firstOpen = open[0]
  // A parent done only by a bare or figure-judged marker ("✅ Backtester (89% coverage)") claims nothing of its children.
  const anchor: StatusClaim | undefined = decisiveClaims(parent).find((c) => !c.vague && c.span.line < (firstOpen?.claim.span.line ?? 0))
  if (!firstOpen || !anchor || tallied.has(anchor.span.line)) return []
  return [{
    messageId: 'childNotDone',
    data: { item: parent.name, count: open.length, verb: open.length === 1 ? 'is' : 'are', child: firstOpen.item.name, childStatus: firstOpen.claim.status, otherLine: firstOpen.claim.span.line },
    span: anchor.span,
    related: open.map(({ item, claim }) => ({ ...claim.span, message: `Sub-item \`${item.name}\` is \`${claim.status}\`` })),
    items: [parent.name, ...open.map((o) => o.item.name)],
    actual: 'done',
    expected: firstOpen.claim.status,
    confidence: isExplicit(anchor) && open.some((o) => isExplicit(o.claim)) ? 'high' : 'medium',
  }]
}

export const statusConflict: Rule<Id> = { meta, check }
