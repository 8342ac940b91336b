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
import type { Rule, RuleMeta, RunRule } from './types.js'

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

/** Every rule's metadata, document rules first. */
export const ruleMetas: readonly RuleMeta[] = [...rules, ...runRules].map((r) => r.meta)
