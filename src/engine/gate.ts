import type { RunResult } from '../contract/result.js'
import { withFindings } from './summarize.js'

/** When a run fails: the lowest failing severity, and how many warnings are tolerated. */
export interface Gate {
  failOn: 'error' | 'warning' | 'never'
  /** More warnings than this fail the run, whatever `failOn` says (ESLint's --max-warnings). */
  maxWarnings?: number
}

/** The exit code of a finished run: 2 if a file could not be read, 1 if the gate fails, else 0. */
export function exitCode(result: Pick<RunResult, 'errors' | 'totals'>, gate: Gate): 0 | 1 | 2 {
  if (result.errors.length > 0) return 2
  if (gate.maxWarnings !== undefined && result.totals.warnings > gate.maxWarnings) return 1
  if (gate.failOn === 'never') return 0
  if (result.totals.errors > 0) return 1
  return gate.failOn === 'warning' && result.totals.warnings > 0 ? 1 : 0
}

/** The result with only its errors (`--quiet`), totals recounted so that every format agrees. */
export function errorsOnly(result: Readonly<RunResult>): RunResult {
  return withFindings(result, result.findings.filter((f) => f.severity === 'error'))
}
