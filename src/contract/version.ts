declare const __VERSION__: string | undefined

/** The tool's version, injected at build time from package.json. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'

/** Version of the JSON output contract; bumped on any breaking change. Kept here so that start-up need not load zod. */
export const SCHEMA_VERSION = 1 as const
/** Where users read about the tool (SARIF `informationUri`). */
export const TOOL_URI = 'https://www.npmjs.com/package/audit-reconcile'
