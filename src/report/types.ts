import type { RuleMeta } from '../contract/rule-meta.js'
import type { RunResult } from '../contract/result.js'

/** What a formatter may know besides the result: where paths are relative to, colour, rule metadata, version. */
export interface FormatContext {
  /** Absolute paths in the result are shown relative to this directory. */
  cwd: string
  /** Whether to emit ANSI colour codes. */
  color: boolean
  /** Every rule's metadata, for SARIF driver.rules and help URLs. */
  rules: readonly RuleMeta[]
  /** The version of audit-reconcile that produced the result. */
  toolVersion: string
  /** Repository root that SARIF, GitHub and GitLab paths are relative to; defaults to `cwd`. */
  root?: string
  /** The user asked for errors only (`--quiet`): a report with nothing in it may be empty. */
  quiet?: boolean
}

/** Turns a sorted, complete RunResult into text; never prints, sorts, filters or counts. */
export type Formatter = (result: Readonly<RunResult>, ctx: FormatContext) => string
