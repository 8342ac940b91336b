import { directive } from './directive.js'
import { rules } from './index.js'
import type { RuleMeta } from './types.js'

/** Every rule the tool can report, in reporting order: the document rules, then `directive`. */
export const ruleCatalog: readonly RuleMeta[] = [...rules.map((rule) => rule.meta), directive.meta]
