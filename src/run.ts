import { analyseSource, type AnalyseOptions } from './analyse.js'
import { compareFindings } from './engine/run-rules.js'
import { totals } from './engine/summarize.js'
import { collectFiles } from './io/collect-files.js'
import { readSource } from './io/read-source.js'
import type { FileError, Finding, RunResult } from './report/json-schema.js'
import { SCHEMA_VERSION, VERSION } from './version.js'

/** What to audit and how. */
export interface AuditOptions extends AnalyseOptions {
  /** Files, directories and globs. '-' reads `stdin`. */
  paths: string[]
  cwd?: string
  /** The text of standard input, when a path is '-'. */
  stdin?: Uint8Array
  /** Name to report standard input under. */
  stdinFilename?: string
  /** Globs of files to skip. */
  ignore?: string[]
  /** Files larger than this many bytes are skipped with a message (default 20 MiB). */
  maxFileSize?: number
}

/** Runs the whole pipeline: find files, read, decode, parse, model, check, reconcile. */
export async function audit(options: AuditOptions): Promise<RunResult> {
  const cwd = options.cwd ?? process.cwd()
  const patterns = options.paths.filter((p) => p !== '-')
  const { files, errors } = await collectFiles(patterns, { cwd, ...(options.ignore ? { ignore: options.ignore } : {}) })
  const fileErrors: FileError[] = [...errors]
  const documents: RunResult['documents'] = []
  const findings: Finding[] = []
  const sources = options.paths.includes('-') ? [{ path: options.stdinFilename ?? '<stdin>', bytes: options.stdin ?? new Uint8Array() }] : []
  for (const path of files) {
    const source = await readSource(path, cwd, options.maxFileSize === undefined ? {} : { maxFileSize: options.maxFileSize })
    if ('error' in source) fileErrors.push({ path, message: source.error })
    else sources.push(source)
  }
  for (const source of sources) {
    const { result, errors } = analyseSource(source.bytes, source.path, options)
    fileErrors.push(...errors)
    if (!result) continue
    documents.push(result.entry)
    findings.push(...result.findings)
  }
  findings.sort(compareFindings)
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'audit-reconcile', version: VERSION },
    policy: options.policy ?? 'strict',
    documents,
    findings,
    errors: fileErrors,
    totals: totals(findings, documents.length, fileErrors.length),
  }
}
