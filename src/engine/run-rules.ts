import type { Document } from '../model/types.js'
import type { Draft, Rule, RuleContext } from '../rules/types.js'
import type { Finding, RuleId, Severity } from '../contract/result.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import { directive } from '../rules/directive.js'
import { applyDirectives } from './directives.js'

/** Severity per rule id as configured; 'off' disables a rule. */
export type RuleSeverities = Partial<Record<RuleId, Severity | 'off'>>

/** Fills `{name}` placeholders of a message template. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole))
}

/** Turns a rule's draft into a finding: rule id, severity, path and rendered message added. */
export function toFinding(rule: { meta: RuleMeta }, draft: Draft, path: string, severity: Severity): Finding {
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity: draft.severity === 'warning' && severity === 'error' ? 'warning' : severity,
    confidence: draft.confidence ?? 'high',
    path,
    line: draft.span.line,
    column: draft.span.column,
    endLine: draft.span.endLine,
    endColumn: draft.span.endColumn,
    messageId: draft.messageId,
    message: renderMessage((rule.meta.messages as Record<string, string>)[draft.messageId] ?? draft.messageId, draft.data),
    related: (draft.related ?? []).map((r) => ({ ...r, path: r.path ?? path })),
    items: draft.items ?? [],
  }
  if (draft.actual !== undefined) finding.actual = draft.actual
  if (draft.expected !== undefined) finding.expected = draft.expected
  if (draft.fix) finding.fix = draft.fix
  return finding
}

/** How the runner treats inline directives. */
export interface RunOptions {
  /** Report disable directives that suppressed nothing. */
  reportUnusedDirectives?: boolean
}

/** Runs every enabled rule on a document, applies its inline directives, and returns its findings, sorted. */
export function runRules(doc: Readonly<Document>, rules: readonly Rule[], ctx: RuleContext, severities: RuleSeverities = {}, options: RunOptions = {}): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    const severity = severities[rule.meta.id] ?? rule.meta.defaultSeverity
    if (severity === 'off') continue
    for (const draft of rule.check(doc, ctx)) findings.push(toFinding(rule, draft, doc.path, severity))
  }
  // Every document rule ran here (or is off), and directive findings are made after: a directive naming one that suppressed nothing is unused.
  const checked = options.reportUnusedDirectives === true ? [...rules.map((r) => r.meta.id), directive.meta.id] : undefined
  const { kept, drafts } = applyDirectives(doc, findings, checked)
  const severity = severities.directive ?? directive.meta.defaultSeverity
  if (severity !== 'off') kept.push(...drafts.map((draft) => toFinding(directive, draft, doc.path, severity)))
  return kept.sort(compareFindings)
}

/** The total order of findings: path, line, column, rule id, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
