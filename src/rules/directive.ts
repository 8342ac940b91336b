import type { Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/**
 * Problems with inline `<!-- audit-reconcile-… -->` directives. The engine reports these
 * (src/engine/directives.ts), since only it knows which findings a directive suppressed;
 * `check` finds nothing. A rule id of its own lets users set its severity or turn it off,
 * and lets every format show it at its line, which a file-level error could not.
 */
export const meta = {
  id: 'directive',
  defaultSeverity: 'error',
  description: 'Report inline directives that name an unknown rule or suppress nothing',
  help: 'An `<!-- audit-reconcile-disable … -->` comment names a rule id that does not exist or is itself misspelt (a typo would otherwise suppress nothing, silently), or, with --report-unused-directives, suppresses no finding at all (the problem it hid was fixed). Correct the rule id, or delete the directive.',
  messages: {
    unknownRule: 'Unexpected rule `{rule}` in `{directive}`, expected a rule id{suggestion}',
    unknownDirective: 'Unexpected directive `{directive}`, expected audit-reconcile-disable, -enable, -disable-next-line or -disable-file{suggestion}',
    unused: 'Unexpected `{directive}` that suppresses nothing{rules}',
  },
} as const satisfies RuleMeta<'unknownRule' | 'unknownDirective' | 'unused'>

export const directive: Rule<keyof typeof meta.messages> = { meta, check: () => [] }
