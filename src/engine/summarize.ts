import { statedNumbers } from './stated.js'
import type { Document } from '../model/types.js'
import type { Finding, ReconciledItem, RunResult, Summary } from '../contract/result.js'

/** Items per reconciled status, and the document's stated numbers beside the values recomputed from it. */
export function summarize(doc: Readonly<Document>, items: readonly ReconciledItem[]): Summary {
  const byStatus: Record<string, number> = {}
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1
  return { items: items.length, byStatus, stated: statedNumbers(doc) }
}

/** The findings a run reports: the high-confidence ones, and the uncertain ones only when asked for; with how many were left out. */
export function reportedFindings(findings: readonly Finding[], includeUncertain: boolean): { findings: Finding[]; hidden: number } {
  if (includeUncertain) return { findings: [...findings], hidden: 0 }
  const sure = findings.filter((f) => f.confidence === 'high')
  return { findings: sure, hidden: findings.length - sure.length }
}

/** The result without some findings (those --fix resolved), totals recomputed. */
export function withoutFindings(result: Readonly<RunResult>, drop: ReadonlySet<Finding>): RunResult {
  return withFindings(result, result.findings.filter((f) => !drop.has(f)))
}

/** The result with another list of its findings, totals recounted (uncertain findings left out of the list stay counted). */
export function withFindings(result: Readonly<RunResult>, findings: Finding[]): RunResult {
  const hidden = result.totals.uncertain - result.findings.filter((f) => f.confidence !== 'high').length
  return { ...result, findings, totals: totals(findings, result.totals.files, result.totals.fileErrors, hidden) }
}

/**
 * Totals of a run: errors and warnings among its high-confidence findings (what the exit code
 * counts), and every uncertain finding, listed (`findings`) or left out (`hiddenUncertain`).
 */
export function totals(findings: readonly Finding[], files: number, fileErrors: number, hiddenUncertain = 0): RunResult['totals'] {
  const sure = findings.filter((f) => f.confidence === 'high')
  const errors = sure.filter((f) => f.severity === 'error').length
  return { errors, warnings: sure.length - errors, files, fileErrors, uncertain: findings.length - sure.length + hiddenUncertain }
}
