import { json } from './json.js'
import { pretty } from './pretty.js'
import type { Formatter } from './types.js'

/** The output formats by name: `--format <name>` looks its formatter up here. */
export const formatters: Record<'pretty' | 'json', Formatter> = {
  pretty,
  json,
}
