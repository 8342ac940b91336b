import type { AnalyseOptions } from '../engine/analyse.js'
import { crossDocumentView } from '../model/cross-document.js'
import { applyDirectives } from '../engine/directives.js'
import { compareFindings, toFinding } from '../engine/run-rules.js'
import { reportedFindings, totals } from '../engine/summarize.js'
import { historySince } from '../history/since.js'
import { checkedPaths, type Selection } from '../history/select.js'
import { collectFiles } from '../io/collect-files.js'
import { datedDocuments, type Dated } from './document-dates.js'
import { openCache } from '../workers/open-cache.js'
import type { FileError, Finding, RunResult } from '../contract/result.js'
import { runRules } from '../rules/index.js'
import type { RunDocument } from '../model/run-document.js'
import { SCHEMA_VERSION, VERSION } from '../contract/version.js'
import { analyseFiles, type Concurrency, type Input } from '../workers/analyse-files.js'
import { analysisSettings } from '../workers/file-outcome.js'

/** What to audit and how. */
export interface AuditOptions extends AnalyseOptions, Selection {
  /** Files, directories and globs. '-' reads `stdin`. */
  paths: string[]
  cwd?: string
  /** The text of standard input, when a path is '-'. */
  stdin?: Uint8Array
  /** Name to report standard input under. */
  stdinFilename?: string
  /** Gitignore-style patterns of files to skip. */
  ignore?: string[]
  /** The repository root cited paths are checked under; default: the git top level above each document. */
  root?: string
  /** Gitignore-style patterns (--ignore-pattern) relative to `cwd`. */
  ignorePatterns?: string[]
  /** Directory the `ignore` globs are relative to; defaults to `cwd`. */
  ignoreBase?: string
  /** Whether a path that names no file is an error (default true); see collectFiles. */
  errorOnUnmatched?: boolean
  /** A git revision: report what changed in each checked document since then, and run the history rules. */
  since?: string
  /** Files larger than this many bytes are skipped with a message (default 20 MiB). */
  maxFileSize?: number
  /** Worker threads: 'auto' (default) uses them for large runs, 'off' or 1 never. */
  concurrency?: Concurrency
  /** Keep per-file results between runs (--cache); `location` is --cache-location. */
  cache?: { location?: string }
  /** Called after each file is done (the CLI's progress line). */
  onProgress?: (done: number, total: number, path: string) => void
  /** Keep each document's quoted lines (`documents[].excerpts`), for reports that show them (html). */
  excerpts?: boolean
  /** Called with a problem that does not stop the run (a cache that cannot be written). */
  onWarning?: (message: string) => void
}

/** Runs the whole pipeline: find files, read, decode, parse, model, check, reconcile, cross-check. */
export async function audit(options: AuditOptions): Promise<RunResult> {
  const cwd = options.cwd ?? process.cwd()
  const patterns = options.paths.filter((p) => p !== '-')
  const { files, errors } = await collectFiles(patterns, {
    cwd,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.ignoreBase ? { ignoreBase: options.ignoreBase } : {}),
    ...(options.ignorePatterns ? { ignorePatterns: options.ignorePatterns } : {}),
    ...(options.errorOnUnmatched !== undefined ? { errorOnUnmatched: options.errorOnUnmatched } : {}),
  })
  const fileErrors: FileError[] = [...errors]
  const inputs: Input[] = options.paths.includes('-') ? [{ path: options.stdinFilename ?? '<stdin>', bytes: options.stdin ?? new Uint8Array() }] : []
  for (const path of files) inputs.push({ path })
  const cache = options.cache ? await openCache(options, cwd) : undefined
  const { analysed, errors: readErrors } = await analyseFiles(inputs, {
    cwd, options: analysisSettings(options), ...(options.root !== undefined ? { root: options.root } : {}), ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
    ...(cache ? { cache: cache.store } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  fileErrors.push(...readErrors)
  if (cache) await cache.save(options.onWarning)
  const results = analysed.map(({ outcome, mtime }) => ({ result: { ...outcome, document: outcome.facts }, ...(mtime ? { mtime } : {}) }))
  // With --changed-since / --staged, the other documents are loaded for the run rules but not checked.
  const checked = await checkedPaths(files, options, cwd)
  const own = results.filter((r) => checked(r.result.document.path))
  const history = options.since === undefined ? undefined : await historySince(own.map((r) => r.result.entry), files, options.since, options, cwd)
  const findings: Finding[] = [...own.flatMap((r) => r.result.findings), ...(history?.findings ?? [])]
  const dated = await datedDocuments(results, cwd)
  const datedByPath = new Map(dated.map((d) => [d.dated.doc.path, d]))
  if (dated.length > 1) {
    for (const rule of runRules) {
      const severity = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity
      if (severity === 'off') continue
      for (const draft of rule.check(dated.map((d) => d.dated), { percentTolerance: options.percentTolerance ?? 1 })) {
        if (!checked(draft.path) && !draft.related?.some((r) => r.path !== undefined && checked(r.path))) continue
        // The inline directives of the document the finding sits in apply to it.
        const doc = datedByPath.get(draft.path)?.dated.doc ?? { directives: [] }
        findings.push(...applyDirectives(doc, [toFinding(rule, draft, draft.path, severity)]).kept)
      }
    }
  }
  findings.sort(compareFindings)
  const reported = reportedFindings(findings, options.includeUncertain === true)
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'audit-reconcile', version: VERSION },
    policy: options.policy ?? 'strict',
    documents: own.map((r) => ({ ...entryOf(r.result.entry, options.excerpts === true), ...dateOf(datedByPath, r.result) })),
    findings: reported.findings,
    crossDocument: dated.length > 1 ? crossDocumentView(dated.map((d) => d.dated), options.policy ?? 'strict') : [],
    ...(history ? { changes: history.changes } : {}),
    errors: fileErrors,
    totals: totals(reported.findings, own.length, fileErrors.length, reported.hidden),
  }
}

/** A document's entry; its excerpts (made with every analysis, and cached) only when asked for. */
function entryOf(entry: RunResult['documents'][number], excerpts: boolean): RunResult['documents'][number] {
  if (excerpts) return entry
  const { excerpts: _dropped, ...rest } = entry
  return rest
}

function dateOf(datedByPath: ReadonlyMap<string, Dated>, result: { document: RunDocument }) {
  const info = datedByPath.get(result.document.path)?.info
  return info ? { date: info } : {}
}
