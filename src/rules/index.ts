import { countMismatch } from './count-mismatch.js'
import { dateConflict } from './date-conflict.js'
import { crossDocConflict } from './cross-doc-conflict.js'
import { encoding } from './encoding.js'
import { evidenceMissing } from './evidence-missing.js'
import { markerConflict } from './marker-conflict.js'
import { overallClaim } from './overall-claim.js'
import { placeholder } from './placeholder.js'
import { percentMismatch } from './percent-mismatch.js'
import { planConflict } from './plan-conflict.js'
import { sectionConflict } from './section-conflict.js'
import { statusConflict } from './status-conflict.js'
import { statusRegression } from './status-regression.js'
import type { HistoryRule, Rule, RunRule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import { unbackedProgress } from './unbacked-progress.js'

/** Every rule over one document, in reporting order. */
export const rules: readonly Rule[] = [
  statusConflict,
  sectionConflict,
  markerConflict,
  countMismatch,
  percentMismatch,
  overallClaim,
  planConflict,
  placeholder,
  dateConflict,
  encoding,
  evidenceMissing,
]

/** Rules over all documents of a run. */
export const runRules: readonly RunRule[] = [crossDocConflict]

/** Rules over two versions of each document; they run only with --since. */
export const historyRules: readonly HistoryRule[] = [statusRegression, unbackedProgress]

/** Every rule's metadata, document rules first. */
export const ruleMetas: readonly RuleMeta[] = [...rules, ...runRules, ...historyRules].map((r) => r.meta)
