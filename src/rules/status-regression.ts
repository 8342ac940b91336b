import type { ItemSide } from '../model/history/types.js'
import type { Draft, HistoryRule, VersionPair } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** An item that moved away from done since the revision given to --since. */
export const meta = {
  id: 'status-regression',
  defaultSeverity: 'warning',
  description: 'Report an item that moved away from done since the --since revision',
  help: 'Runs only with `--since REV`. An item the document had as done (or partial, or at a higher percentage) at that revision now has a status further from done: `done` → `partial`, `partial` → `todo`, `85%` → `60%`. That may be true (work was reverted, a bug was found), but it is worth a reviewer\'s look: say why in the document, or restore the status if the edit was a mistake. Moves between `todo` and `blocked`, and to or from `na`, `unknown` or `disputed`, are not regressions; a disputed item is reported by `status-conflict`.',
  messages: {
    regression: 'Unexpected status `{actual}` for `{item}`, it was `{expected}` in `{since}` (line {otherLine})',
  },
  scope: 'history',
} as const satisfies RuleMeta<'regression'>

/** Reports each regression at the item's current claim, with its claim at the revision as the related place. */
export function check(pairs: readonly VersionPair[]): (Draft<'regression'> & { path: string })[] {
  return pairs.flatMap(({ since, beforeRef, diff }) =>
    diff.items.filter((d) => d.kind === 'regression').map((d) => {
      const [was, now] = [d.before!, d.after!]
      return {
        path: diff.after.path,
        messageId: 'regression' as const,
        data: { actual: shown(now), item: now.item.name, expected: shown(was), since, otherLine: was.claim.span.line },
        span: now.claim.span,
        related: [{ path: beforeRef, ...was.claim.span, message: `\`${since}\` says \`${shown(was)}\` here: ${was.claim.raw}` }],
        items: [now.item.name],
        actual: shown(now),
        expected: shown(was),
      }
    }))
}

/** A status with its percentage, when it has one: `partial 60%`. */
function shown(side: ItemSide): string {
  return side.percent === undefined ? side.status : `${side.status} ${side.percent}%`
}

export const statusRegression: HistoryRule<'regression'> = { meta, check }
