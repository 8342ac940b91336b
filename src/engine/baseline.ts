import type { Baseline } from '../contract/baseline.js'
import type { Finding, RunResult } from '../contract/result.js'
import { findingKey, stableMessage } from '../contract/fingerprint.js'
import { withFindings } from './summarize.js'

/** Records findings as a baseline; `pathOf` gives each finding's path relative to the baseline file. */
export function makeBaseline(findings: readonly Finding[], pathOf: (f: Finding) => string): Baseline {
  const entries = new Map<string, Baseline['findings'][number]>()
  for (const f of findings) {
    const path = pathOf(f)
    const key = findingKey(f, path)
    const entry = entries.get(key)
    if (entry) entry.count++
    else entries.set(key, { path, ruleId: f.ruleId, items: [...f.items], message: stableMessage(f.message), count: 1 })
  }
  const list = [...entries.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  return { version: 1, findings: list }
}

/**
 * The result without the findings the baseline accounts for: each baseline entry suppresses up
 * to `count` findings with its key, the first ones in reading order; anything beyond is new.
 * Totals are recounted and `baseline` says how many were suppressed.
 */
export function applyBaseline(result: Readonly<RunResult>, baseline: Baseline, pathOf: (f: Finding) => string, file: string): RunResult {
  const budget = new Map<string, number>()
  for (const e of baseline.findings) {
    const key = findingKey(e, e.path)
    budget.set(key, (budget.get(key) ?? 0) + e.count)
  }
  const findings = result.findings.filter((f) => {
    const key = findingKey(f, pathOf(f))
    const left = budget.get(key) ?? 0
    if (left > 0) budget.set(key, left - 1)
    return left === 0
  })
  return { ...withFindings(result, findings), baseline: { path: file, suppressed: result.findings.length - findings.length } }
}
