import type { Document } from '../model/types.js'
import type { Finding, ReconciledItem, RunResult, Summary } from '../report/json-schema.js'

/** Items per reconciled status, and the document's stated numbers. */
export function summarize(_doc: Readonly<Document>, items: readonly ReconciledItem[]): Summary {
  const byStatus: Record<string, number> = {}
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1
  return { items: items.length, byStatus, stated: [] }
}

/** The result without some findings (those --fix resolved), totals recomputed. */
export function withoutFindings(result: Readonly<RunResult>, drop: ReadonlySet<Finding>): RunResult {
  const findings = result.findings.filter((f) => !drop.has(f))
  return { ...result, findings, totals: totals(findings, result.totals.files, result.totals.fileErrors) }
}

/** Error and warning totals of a run. */
export function totals(findings: readonly Finding[], files: number, fileErrors: number): RunResult['totals'] {
  const errors = findings.filter((f) => f.severity === 'error').length
  return { errors, warnings: findings.length - errors, files, fileErrors }
}
