import { basename, dirname, resolve } from 'node:path'
import { analyseSource, type AnalyseOptions } from '../engine/analyse.js'
import { decisiveClaims } from '../model/status.js'
import { pathChecker } from '../io/repository.js'
import { rootFor } from '../io/surroundings.js'
import type { FileError, Finding, RunResult } from '../contract/result.js'
import type { RunDocument } from '../model/run-document.js'

/** A cited-path lookup a rule made, with its answer: [path, rooted, exists]. */
export type PathCheck = [path: string, rooted: boolean, exists: boolean | undefined]

/** One file's part of a run, small enough to keep for every file: the document model itself is dropped. */
export interface FileOutcome {
  findings: Finding[]
  entry: RunResult['documents'][number]
  /** What run rules and document dating need of the document (see RunDocument). */
  facts: RunDocument
  /** The repository root cited paths were checked under. */
  root: string
  /** Every cited-path lookup made, so that a cached outcome can be checked against the disk. */
  checks: PathCheck[]
  /** What to report about the file although it was analysed: lines past the parser's limits. */
  errors: FileError[]
}

/** One file to analyse: its bytes and what the analysis depends on besides them. */
export interface FileTask {
  path: string
  bytes: Uint8Array
  cwd: string
  /** --root, when given. */
  root?: string
  options: AnalyseOptions
}

/** A cited-path checker that records what it was asked. */
export function recordingChecker(root: string, docDir: string): { exists: ReturnType<typeof pathChecker>; checks: PathCheck[] } {
  const check = pathChecker(root, docDir)
  const checks: PathCheck[] = []
  const seen = new Set<string>()
  return {
    checks,
    exists: (path, rooted) => {
      const found = check(path, rooted)
      const id = `${rooted}\u0000${path}`
      if (!seen.has(id)) { seen.add(id); checks.push([path, rooted, found]) }
      return found
    },
  }
}

/** Only the analysis settings of wider options (no callbacks: they cannot reach a worker, nor a cache key). */
export function analysisSettings(options: AnalyseOptions): AnalyseOptions {
  const { policy, rules, statusWords, language, percentTolerance, aliases, reportUnusedDirectives } = options
  return {
    ...(language !== undefined ? { language } : {}),
    ...(policy !== undefined ? { policy } : {}),
    ...(rules !== undefined ? { rules } : {}),
    ...(statusWords !== undefined ? { statusWords } : {}),
    ...(percentTolerance !== undefined ? { percentTolerance } : {}),
    ...(aliases !== undefined ? { aliases } : {}),
    ...(reportUnusedDirectives !== undefined ? { reportUnusedDirectives } : {}),
  }
}

/**
 * Analyses one file's bytes, in the main thread or in a worker; a file that could not be
 * analysed at all (binary, or nesting past the stack) is a FileError naming it.
 */
export function analyseFile(task: FileTask): FileOutcome | FileError {
  const root = rootFor(task.path, task.cwd, task.root)
  const { exists, checks } = recordingChecker(root, dirname(resolve(task.cwd, task.path)))
  const { result, errors } = analyseSource(task.bytes, task.path, task.options, { exists, rootGiven: task.root !== undefined })
  if (!result) return errors[0] ?? { path: task.path, message: 'Not analysed' }
  const { document } = result
  return {
    findings: result.findings,
    entry: result.entry,
    // Cross-document matching reads only top-level items with a decisive claim.
    facts: {
      path: document.path,
      items: document.items.filter((item) => item.parent === undefined && decisiveClaims(item).length > 0),
      dates: document.dates,
      // Inline directives apply to the run rules' findings in this document too.
      directives: document.directives,
      mentions: [...new Set(document.citations.map((c) => basename(c.path).toLowerCase()).filter((name) => /\.(?:md|markdown|mdx)$/.test(name)))],
      ...(document.frontMatter !== undefined ? { frontMatter: document.frontMatter } : {}),
    },
    root,
    checks,
    errors,
  }
}
