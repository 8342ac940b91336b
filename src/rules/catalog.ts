import { directive } from './directive.js'
import { ruleMetas } from './index.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** Every rule the tool can report, in reporting order: the document rules, the rules across documents and across time (--since), then `directive`. */
export const ruleCatalog: readonly RuleMeta[] = [...ruleMetas, directive.meta]
