import { recompute } from '../model/recompute.js'
import type { Document } from '../model/types.js'
import type { Finding, ReconciledItem, RunResult, Summary } from '../contract/result.js'

/** Items per reconciled status, and the document's stated numbers beside the values recomputed from it. */
export function summarize(doc: Readonly<Document>, items: readonly ReconciledItem[]): Summary {
  const byStatus: Record<string, number> = {}
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1
  return { items: items.length, byStatus, stated: stated(doc) }
}

/** Every stated count and percentage, with the value recomputed from the items or parts where one can be. */
function stated(doc: Readonly<Document>): Summary['stated'] {
  const recomputed = new Map(recompute(doc).map((r) => [r.index, r]))
  return doc.counts.map((count, index) => {
    const r = recomputed.get(index)
    return {
      subject: count.subject,
      ...(count.status !== undefined ? { status: count.status } : {}),
      kind: count.kind,
      value: r?.stated ?? count.value,
      line: count.span.line,
      ...(r ? { recomputed: Math.round(r.expected * 10) / 10 } : {}),
    }
  })
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
