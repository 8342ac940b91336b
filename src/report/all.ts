import { checkstyle } from './checkstyle.js'
import { compact } from './compact.js'
import { github } from './github.js'
import { gitlab } from './gitlab.js'
import { html } from './html.js'
import type { FormatName } from './index.js'
import { json } from './json.js'
import { junit } from './junit.js'
import { markdown } from './markdown.js'
import { pretty } from './pretty.js'
import { sarif } from './sarif.js'
import type { Formatter } from './types.js'

/**
 * Every formatter, loaded at once, for the Node API (`formatters.sarif(result, ctx)`).
 * The CLI uses the lazy registry in index.ts instead; the `Record<FormatName, …>` type
 * makes the two lists agree.
 */
export const formatters: Record<FormatName, Formatter> = {
  pretty, json, sarif, github, markdown, junit, compact, gitlab, checkstyle, html,
}
