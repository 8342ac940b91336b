import type { Formatter } from './types.js'

/**
 * The JSON contract (see contract/result.ts), pretty-printed.
 * No stripControl here: JSON.stringify writes C0 control characters as `\u001b`-style escapes;
 * DEL, the C1 controls (U+009B is an 8-bit CSI) and the bidirectional overrides it leaves raw,
 * so they are escaped too. The parsed value is unchanged.
 */
export const json: Formatter = (result) =>
  JSON.stringify(result, null, 2).replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
