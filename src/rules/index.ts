import { countMismatch } from './count-mismatch.js'
import { dateConflict } from './date-conflict.js'
import { encoding } from './encoding.js'
import { markerConflict } from './marker-conflict.js'
import { overallClaim } from './overall-claim.js'
import { placeholder } from './placeholder.js'
import { percentMismatch } from './percent-mismatch.js'
import { planConflict } from './plan-conflict.js'
import { sectionConflict } from './section-conflict.js'
import { statusConflict } from './status-conflict.js'
import type { Rule } from './types.js'

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
]
