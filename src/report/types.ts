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
  /** Columns the human report should fit (its tables are narrowed to it); no limit when not given. */
  width?: number
  /** Bytes the markdown report may take (default: under GitHub's 1 MiB job-summary limit). */
  maxBytes?: number
  /** How much of the reconciled status the pretty report shows (`--report`); default `summary`. */
  report?: ReportLevel
}

/** `--report`: findings only; findings, a status line per document and the items that matter (default); everything. */
export const REPORT_LEVELS = ['findings', 'summary', 'full'] as const
/** One of REPORT_LEVELS. */
export type ReportLevel = (typeof REPORT_LEVELS)[number]

/** Turns a sorted, complete RunResult into text; never prints, sorts, filters or counts. */
export type Formatter = (result: Readonly<RunResult>, ctx: FormatContext) => string
