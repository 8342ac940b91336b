import type { Formatter } from './types.js'

/**
 * The JSON contract (see json-schema.ts), pretty-printed.
 * No stripControl here: JSON.stringify writes control characters as `\u001b`-style escapes.
 */
export const json: Formatter = (result) => JSON.stringify(result, null, 2) + '\n'
