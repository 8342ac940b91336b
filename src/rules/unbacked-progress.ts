import type { DocumentDiff } from '../model/history/types.js'
import { improved } from '../model/history/numbers.js'
import type { Verdict } from '../model/types.js'
import type { Draft, HistoryRule, VersionPair } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

type Id = 'verdict' | 'number'

/** A summary number or verdict that improved since the revision while no item it covers changed. */
export const meta = {
  id: 'unbacked-progress',
  defaultSeverity: 'warning',
  description: 'Report a summary number or verdict that improved since the --since revision while no item changed',
  help: 'Runs only with `--since REV`. Since that revision the document gained a verdict ("✅ ALL ITEMS COMPLETE", "production ready") while no item under it changed status, was added or was removed; or a stated number moved towards done (more complete, a higher percentage, fewer missing, a smaller gap) while none of the items it counts changed. Progress belongs in the items first: update the item that was finished, then the summary.',
  messages: {
    verdict: 'Unexpected new verdict `{text}`: no item it covers changed since `{since}`',
    number: 'Unexpected change of `{subject}` from {before} to {after} since `{since}`: none of the items it counts changed',
  },
  scope: 'history',
} as const satisfies RuleMeta<Id>

/** Reports, in the current version, each new done verdict and each improved number that no item change backs. */
export function check(pairs: readonly VersionPair[]): (Draft<Id> & { path: string })[] {
  const drafts: (Draft<Id> & { path: string })[] = []
  for (const { since, beforeRef, diff } of pairs) {
    if (!diff.before) continue
    const path = diff.after.path
    for (const verdict of diff.verdicts.added) {
      if (verdict.claims !== 'done' || itemsChangedUnder(diff, verdict)) continue
      drafts.push({ path, messageId: 'verdict', data: { text: verdict.text.trim(), since }, span: verdict.span, actual: verdict.text.trim() })
    }
    for (const n of diff.numbers) {
      if (n.change !== 'number-only' || improved(n) !== true) continue
      const [before, after] = [shown(n.before.value, n.before.kind), shown(n.after.value, n.after.kind)]
      drafts.push({
        path,
        messageId: 'number',
        data: { subject: n.after.subject, before, after, since },
        span: n.after.span,
        related: [{ path: beforeRef, ...n.before.span, message: `\`${since}\` says ${before} here` }],
        actual: n.after.value,
        expected: n.before.value,
      })
    }
  }
  return drafts
}

/** Whether any item under the verdict's headings changed status, was added or was removed. */
function itemsChangedUnder(diff: DocumentDiff, verdict: Verdict): boolean {
  return diff.items.some((d) => d.kind !== 'reworded' && [d.before, d.after].some((side) =>
    side !== undefined && (verdict.scope.length === 0 || side.item.claims.some((c) => verdict.scope.every((h, i) => c.sectionPath[i] === h)))))
}

function shown(value: number, kind: 'count' | 'percent' | 'gap'): string {
  return kind === 'count' ? String(value) : kind === 'gap' ? `${value}% gap` : `${value}%`
}

export const unbackedProgress: HistoryRule<Id> = { meta, check }
