import { directive } from './directive.js'
import { ruleMetas } from './index.js'
import type { RuleMeta } from './types.js'

/** Every rule the tool can report, in reporting order: document, run and history rules, then `directive`. */
export const ruleCatalog: readonly RuleMeta[] = [...ruleMetas, directive.meta]
