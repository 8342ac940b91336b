import type { Document, Span } from '../model/types.js'
import type { Fix, Related, RuleId, Severity } from '../report/json-schema.js'

export type { Fix, Finding, Related, RuleId, Severity } from '../report/json-schema.js'

/** A rule's fixed description: id, default severity, one-line description, message templates. */
export interface RuleMeta<M extends string = string> {
  id: RuleId
  defaultSeverity: Severity
  /** One line, imperative, used by --help, SARIF shortDescription and docs. */
  description: string
  /** Longer help text: what the rule finds and how to fix it. */
  help: string
  /** Message templates keyed by messageId; `{name}` placeholders. */
  messages: Record<M, string>
  /** 'document' rules see one document; 'run' rules see every document of the run. */
  scope?: 'document' | 'run'
}

/** What a rule returns: no ruleId, no severity, no path; the runner adds those. */
export interface Draft<M extends string = string> {
  messageId: M
  data?: Record<string, string | number>
  span: Span
  /** Other places, in the same document unless `path` says otherwise. */
  related?: (Omit<Related, 'path'> & { path?: string })[]
  items?: string[]
  actual?: string | number
  expected?: string | number
  fix?: Fix
  /** Overrides the default severity only where the rule's spec says so (partial vs todo). */
  severity?: Severity
}

/** Options a rule may read; all have defaults. */
export interface RuleContext {
  /** Percentage points a stated percentage may differ from the computed one. */
  percentTolerance: number
}

/** A rule over one document. */
export interface Rule<M extends string = string> {
  meta: RuleMeta<M>
  check(doc: Readonly<Document>, ctx: RuleContext): Draft<M>[]
}
