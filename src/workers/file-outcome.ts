import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { analyseBytes, type AnalyseOptions } from '../analyse.js'
import { decisiveClaims } from '../engine/reconcile.js'
import { findRepositoryRoot, pathChecker } from '../io/repository.js'
import type { Finding, RunResult } from '../report/json-schema.js'
import type { RunDocument } from '../rules/types.js'

/** What run-scope rules and document dating need of a document: its path, top-level items, dates, front matter. */
export type CrossFacts = RunDocument

/** A cited-path lookup a rule made, with its answer: [path, rooted, exists]. */
export type PathCheck = [path: string, rooted: boolean, exists: boolean | undefined]

/** One file's part of a run, small enough to keep for every file: the document model itself is dropped. */
export interface FileOutcome {
  findings: Finding[]
  entry: RunResult['documents'][number]
  facts: CrossFacts
  /** The repository root cited paths were checked under. */
  root: string
  /** Every cited-path lookup made, so that a cached outcome can be checked against the disk. */
  checks: PathCheck[]
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

/**
 * The repository root cited paths are checked under for a document: --root, else the git top
 * level above it; outside git, the working directory for documents under it, else their folder.
 */
export function rootFor(path: string, cwd: string, root: string | undefined): string {
  const docDir = dirname(resolve(cwd, path))
  return root !== undefined ? resolve(cwd, root) : findRepositoryRoot(docDir) ?? (isInside(docDir, cwd) ? cwd : docDir)
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
  const { policy, rules, statusWords, percentTolerance, aliases, reportUnusedDirectives } = options
  return {
    ...(policy !== undefined ? { policy } : {}),
    ...(rules !== undefined ? { rules } : {}),
    ...(statusWords !== undefined ? { statusWords } : {}),
    ...(percentTolerance !== undefined ? { percentTolerance } : {}),
    ...(aliases !== undefined ? { aliases } : {}),
    ...(reportUnusedDirectives !== undefined ? { reportUnusedDirectives } : {}),
  }
}

/** Analyses one file's bytes; undefined for a binary file. Runs in the main thread or in a worker. */
export function analyseFile(task: FileTask): FileOutcome | undefined {
  const root = rootFor(task.path, task.cwd, task.root)
  const { exists, checks } = recordingChecker(root, dirname(resolve(task.cwd, task.path)))
  const result = analyseBytes(task.bytes, task.path, task.options, { exists, rootGiven: task.root !== undefined })
  if (!result) return undefined
  const { document } = result
  return {
    findings: result.findings,
    entry: result.entry,
    // Cross-document matching reads only top-level items with a decisive claim.
    facts: {
      path: document.path,
      items: document.items.filter((item) => item.parent === undefined && decisiveClaims(item).length > 0),
      dates: document.dates,
      ...(document.frontMatter !== undefined ? { frontMatter: document.frontMatter } : {}),
    },
    root,
    checks,
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
