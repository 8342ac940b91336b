import type { AnalyseOptions } from '../engine/analyse.js'
import type { RuleSeverities } from '../engine/run-rules.js'
import type { RuleId } from '../contract/result.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import type { Config, RuleSetting } from './schema.js'

/** Percentage points a stated percentage may be off by default (see AnalyseOptions.percentTolerance). */
const DEFAULT_PERCENT_TOLERANCE = 1

/**
 * Lays `over` on top of `base`: scalars and lists are replaced, `rules` merge per rule, and a
 * bare severity over a rule object keeps the object's options (`--rule percent-mismatch=off`
 * does not forget the configured tolerance).
 */
export function mergeConfig(base: Config, over: Config): Config {
  const merged: Config = { ...base, ...over }
  if (base.rules || over.rules) {
    const rules: Record<string, RuleSetting> = { ...base.rules }
    for (const [id, setting] of Object.entries(over.rules ?? {}) as [RuleId, RuleSetting][]) {
      const prior = rules[id]
      rules[id] = typeof setting === 'string' && prior && typeof prior === 'object' ? { ...prior, severity: setting } : setting
    }
    merged.rules = rules
  }
  return merged
}

/** The severity a rule setting gives, if it gives one. */
function severityOf(setting: RuleSetting | undefined): RuleSeverities[RuleId] {
  return typeof setting === 'string' ? setting : setting?.severity
}

/** What the analysis needs from a config: severities, tolerance, vocabulary, aliases, policy. */
export function analyseOptions(config: Config): AnalyseOptions {
  const rules: RuleSeverities = {}
  for (const [id, setting] of Object.entries(config.rules ?? {}) as [RuleId, RuleSetting][]) {
    const severity = severityOf(setting)
    if (severity) rules[id] = severity
  }
  const percent = config.rules?.['percent-mismatch']
  const tolerance = typeof percent === 'object' ? percent.tolerance : undefined
  return {
    rules,
    ...(tolerance !== undefined ? { percentTolerance: tolerance } : {}),
    ...(config.statusWords ? { statusWords: config.statusWords } : {}),
    ...(config.language !== undefined && config.language !== 'auto' ? { language: [config.language].flat() } : {}),
    ...(config.aliases ? { aliases: config.aliases } : {}),
    ...(config.policy ? { policy: config.policy } : {}),
    ...(config.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
    ...(config.includeUncertain ? { includeUncertain: true } : {}),
  }
}

/** The config with every default written out: each rule's severity, the policy, the tolerance. For --print-config. */
export function effectiveConfig(config: Config, rules: readonly RuleMeta[]): Config {
  const filled: Record<string, RuleSetting> = {}
  for (const meta of rules) {
    const setting = config.rules?.[meta.id]
    const severity = severityOf(setting) ?? meta.defaultSeverity
    filled[meta.id] = typeof setting === 'object' ? { ...setting, severity } : severity
  }
  const percent = config.rules?.['percent-mismatch']
  if (filled['percent-mismatch'] !== undefined) {
    const tolerance = (typeof percent === 'object' ? percent.tolerance : undefined) ?? DEFAULT_PERCENT_TOLERANCE
    filled['percent-mismatch'] = { severity: severityOf(filled['percent-mismatch']) ?? 'warning', tolerance }
  }
  return {
    ...config,
    rules: filled,
    policy: config.policy ?? 'strict',
    statusWords: config.statusWords ?? {},
    language: config.language ?? 'auto',
    aliases: config.aliases ?? {},
    ignore: config.ignore ?? [],
    reportUnusedDirectives: config.reportUnusedDirectives ?? false,
    includeUncertain: config.includeUncertain ?? false,
  }
}
