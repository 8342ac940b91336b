import type { RuleMeta } from '../contract/rule-meta.js'

/** `--list-rules`: every rule as `id  default-severity  description`, aligned. */
export function ruleList(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length))
  return rules.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd('warning'.length)}  ${r.description}`).join('\n') + '\n'
}
