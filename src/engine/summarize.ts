import { statedNumbers } from './stated.js'
import type { Document } from '../model/types.js'
import type { Finding, ReconciledItem, RunResult, Summary } from '../contract/result.js'

/** Items per reconciled status, and the document's stated numbers beside the values recomputed from it. */
export function summarize(doc: Readonly<Document>, items: readonly ReconciledItem[]): Summary {
  const byStatus: Record<string, number> = {}
  for (const item of items) byStatus[item.status] = (byStatus[item.status] ?? 0) + 1
  return { items: items.length, byStatus, stated: statedNumbers(doc), sections: sectionSummaries(doc, items) }
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

/**
 * Items per reconciled status in each section of the outermost heading level that has more than
 * one heading (a lone title above them does not count); an item counts once in each such section
 * that holds one of its claims; sections with no item are left out.
 */
export function sectionSummaries(doc: Readonly<Document>, items: readonly ReconciledItem[]): Summary['sections'] {
  const depths = new Map<number, number>()
  for (const s of doc.sections) depths.set(s.depth, (depths.get(s.depth) ?? 0) + 1)
  const depth = Math.min(...[...depths].filter(([, n]) => n > 1).map(([d]) => d))
  if (!Number.isFinite(depth)) return []
  const sections = doc.sections.filter((s) => s.depth === depth).sort((a, b) => a.span.line - b.span.line)
  const counted = sections.map((s) => ({ title: s.text, line: s.span.line, items: 0, byStatus: {} as Record<string, number> }))
  // Sections of one depth do not overlap: the last one starting at or before a line holds it, if it reaches that far.
  const at = (line: number): number => {
    let lo = 0
    let hi = sections.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (sections[mid]!.span.line <= line) { found = mid; lo = mid + 1 } else hi = mid - 1
    }
    return found >= 0 && sections[found]!.endLine >= line ? found : -1
  }
  for (const item of items) {
    const holding = new Set(item.claims.map((c) => at(c.line)).filter((i) => i >= 0))
    for (const i of holding) {
      const s = counted[i]!
      s.items++
      s.byStatus[item.status] = (s.byStatus[item.status] ?? 0) + 1
    }
  }
  // A section with no item says nothing about progress (and a document with no fact, which is not parsed, has none).
  return counted.filter((s) => s.items > 0)
}
