/** The Node API of audit-reconcile. */
export { audit, type AuditOptions } from './run.js'
export { analyseBytes, analyseTree, checkDocument, type AnalyseOptions, type DocumentResult, type TextOrigin } from './analyse.js'
export { formatters } from './report/all.js'
export { FORMATS, loadFormatter, type FormatName } from './report/index.js'
export type { Formatter, FormatContext } from './report/types.js'
export { rules } from './rules/index.js'
export type { Rule, RuleMeta, Draft, RuleContext } from './rules/types.js'
export {
  runResultSchema, findingSchema, reconciledItemSchema, changesSchema, SCHEMA_VERSION,
  type RunResult, type Finding, type ReconciledItem, type Summary, type Policy, type Severity, type RuleId, type Changes,
} from './report/json-schema.js'
export { changesMarkdown } from './report/changes-markdown.js'
export type * from './model/types.js'
export type { Directive } from './parse/directives.js'
export { AuditError, UsageError, ConfigError, InputError } from './errors.js'
export { configSchema, configJsonSchema, type Config } from './config/schema.js'
export { loadConfig, type LoadedConfig, type LoadConfigOptions } from './config/load.js'
export { analyseOptions, mergeConfig } from './config/resolve.js'
export { exitCode, errorsOnly, type Gate } from './engine/gate.js'
export { ruleCatalog } from './rules/catalog.js'
export { VERSION } from './version.js'
