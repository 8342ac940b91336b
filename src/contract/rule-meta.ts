import type { RuleId, Severity } from './result.js'

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
  /** 'document' rules see one document; 'run' rules every document of the run; 'history' rules two versions of each (--since). */
  scope?: 'document' | 'run' | 'history'
}
