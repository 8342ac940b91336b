import { analyseBytes, type AnalyseOptions } from './analyse.js'
import { compareFindings } from './engine/run-rules.js'
import { totals } from './engine/summarize.js'
import { collectFiles } from './io/collect-files.js'
import { readSource } from './io/read-source.js'
import { SCHEMA_VERSION, type FileError, type Finding, type RunResult } from './report/json-schema.js'
import { VERSION } from './version.js'

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
  /** Directory the `ignore` globs are relative to; defaults to `cwd`. */
  ignoreBase?: string
  /** Whether a path that names no file is an error (default true); see collectFiles. */
  errorOnUnmatched?: boolean
}

/** Runs the whole pipeline: find files, read, decode, parse, model, check, reconcile. */
export async function audit(options: AuditOptions): Promise<RunResult> {
  const cwd = options.cwd ?? process.cwd()
  const patterns = options.paths.filter((p) => p !== '-')
  const { files, errors } = await collectFiles(patterns, {
    cwd,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.ignoreBase ? { ignoreBase: options.ignoreBase } : {}),
    ...(options.errorOnUnmatched !== undefined ? { errorOnUnmatched: options.errorOnUnmatched } : {}),
  })
  const fileErrors: FileError[] = [...errors]
  const documents: RunResult['documents'] = []
  const findings: Finding[] = []
  const sources = options.paths.includes('-') ? [{ path: options.stdinFilename ?? '<stdin>', bytes: options.stdin ?? new Uint8Array() }] : []
  for (const path of files) {
    const source = await readSource(path, cwd)
    if ('error' in source) fileErrors.push({ path, message: source.error })
    else sources.push(source)
  }
  for (const source of sources) {
    const result = analyseBytes(source.bytes, source.path, options)
    if (!result) { fileErrors.push({ path: source.path, message: 'Binary file (NUL bytes), skipped' }); continue }
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
