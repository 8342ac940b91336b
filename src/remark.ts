// The remark plugin: the CLI's engine (src/engine/analyse.ts) run on the tree remark already parsed,
// each finding reported as a vfile message, so remark-cli and the unified language server
// show the findings where people edit.
import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { analyseTree, type AnalyseOptions, type DocumentResult, type Surroundings } from './engine/analyse.js'
import { describeIssues } from './config/issues.js'
import { loadConfig } from './config/load.js'
import { analyseOptions, mergeConfig } from './config/resolve.js'
import { configSchema, keysAt, type Config } from './config/schema.js'
import { AuditError } from './contract/errors.js'
import { ignoreMatcher } from './io/collect-files.js'
import { surroundingsOf } from './io/surroundings.js'
import { reportedFindings } from './engine/summarize.js'
import { decode } from './parse/decode.js'
import { parseMarkdown } from './parse/markdown.js'
import type { Finding, Related } from './contract/result.js'

/** The plugin's options: the config file's keys (they win over the file), plus where to find it. */
export interface RemarkAuditReconcileOptions extends Omit<Config, '$schema'> {
  /** A config file to read (relative to the file's `cwd`), `false` for none; default: searched from `cwd` upward, as the CLI does. */
  config?: string | false
  /** Repository root that cited paths are checked under (the CLI's `--root`); default: the git top level. */
  root?: string
}

/** Where the messages come from (`message.source`). */
export const SOURCE = 'audit-reconcile'

/**
 * A unified plugin that checks each markdown file with the audit-reconcile rules and reports
 * each finding as a message on the file: `ruleId`, `source: 'audit-reconcile'`, `place`, and the
 * other side of a conflict as `cause` (a message with its own place; several chain through
 * their own `cause`). Errors are `fatal: true` (remark-cli exits 1), warnings `fatal: false`.
 */
const remarkAuditReconcile: Plugin<[(RemarkAuditReconcileOptions | null | undefined)?], Root> = function (options) {
  const { config: configFile, root, ...settings } = options ?? {}
  const inline = validate(settings)
  return async (tree, file) => {
    try {
      const loaded = await loadConfig({ cwd: file.cwd, ...(configFile !== undefined ? { file: configFile } : {}) })
      const config = mergeConfig(loaded.config, inline)
      if (file.path && ignoreMatcher(config.ignore ?? [], loaded.base, file.cwd)(file.path)) return
      const surroundings = file.path ? surroundingsOf(file.path, file.cwd, root) : {}
      const options = analyseOptions(config)
      const result = analyseFile(tree, file, options, surroundings)
      const lines = String(file).split(/\r\n|\r|\n/)
      for (const finding of reportedFindings(result?.findings ?? [], options.includeUncertain === true).findings) report(file, finding, lines)
    } catch (error) {
      if (!(error instanceof AuditError)) throw error
      file.message(error.message, { source: SOURCE }).fatal = true
    }
  }
}

export default remarkAuditReconcile

/**
 * Runs the engine on the file. The given tree is used as it is, unless the text needs a repair
 * the CLI would make before parsing (mojibake, or bytes that are not UTF-8 when remark-cli hands
 * the file over as bytes): then the repaired text is parsed once more, so both see the same.
 */
function analyseFile(tree: Root, file: VFile, options: AnalyseOptions, surroundings: Surroundings): DocumentResult | undefined {
  const text = String(file)
  const bytes = file.value instanceof Uint8Array ? file.value : new TextEncoder().encode(text)
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') return undefined
  const { text: repaired, encoding, fileColumn } = decoded.decoded
  const root = repaired === text ? tree : parseMarkdown(repaired)
  const hash = createHash('sha1').update(bytes).digest('hex')
  return analyseTree(root, repaired, file.path || '<stdin>', options, surroundings, { encoding, columnMap: fileColumn, hash })
}

function report(file: VFile, finding: Finding, lines: readonly string[]): void {
  const cause = chain(finding.related, finding.ruleId)
  const text = finding.confidence === 'high' ? finding.message : `${finding.message} (uncertain)`
  const message = file.message(text, { place: placeOf(finding), ruleId: finding.ruleId, source: SOURCE, ...(cause ? { cause } : {}) })
  message.fatal = finding.severity === 'error'
  if (finding.actual === undefined) return
  message.actual = String(finding.actual)
  // The language server offers `expected` as a quick fix that replaces the message's range, so
  // it is set only where that range holds exactly `actual` (a mojibake sequence, a stated
  // total), never where the range is a whole line that merely contains it.
  const here = finding.line === finding.endLine ? lines[finding.line - 1]?.slice(finding.column - 1, finding.endColumn - 1) : undefined
  if (finding.expected !== undefined && here === message.actual) message.expected = [String(finding.expected)]
}

/** The other side(s) of a finding as messages, each the `cause` of the one before. */
function chain(related: readonly Related[], ruleId: string): VFileMessage | undefined {
  let cause: VFileMessage | undefined
  for (const r of [...related].reverse()) {
    const message: VFileMessage = new VFileMessage(r.message, { place: placeOf(r), ruleId, source: SOURCE, ...(cause ? { cause } : {}) })
    message.file = r.path
    cause = message
  }
  return cause
}

function placeOf(span: { line: number; column: number; endLine: number; endColumn: number }) {
  return { start: { line: span.line, column: span.column }, end: { line: span.endLine, column: span.endColumn } }
}

/** The inline settings, validated like a config file; a bad key throws at `.use()` time. */
function validate(settings: Record<string, unknown>): Config {
  const parsed = configSchema.safeParse(settings)
  if (!parsed.success) throw new Error(describeIssues(parsed.error.issues, settings, 'audit-reconcile/remark options', keysAt).join('\n'))
  return parsed.data
}
