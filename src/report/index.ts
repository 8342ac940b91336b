import type { Formatter } from './types.js'

/** Every output format, in the order `--help` lists them. */
export const FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown', 'junit', 'compact', 'gitlab', 'checkstyle', 'html'] as const

/** The name of an output format. */
export type FormatName = (typeof FORMATS)[number]

/**
 * The registry of formats: name → loader. Each formatter is imported only when a run asks
 * for it, so a plain run does not pay for SARIF, XML or the pretty tables it does not print.
 * An explicit map, not a directory scan: the bundler sees every import.
 */
const loaders: Record<FormatName, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).pretty,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
  junit: async () => (await import('./junit.js')).junit,
  compact: async () => (await import('./compact.js')).compact,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  html: async () => (await import('./html.js')).html,
}

/** Whether a string names a format. */
export function isFormatName(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name)
}

/** Loads one formatter by name. */
export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]()
}
