import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { glob, isDynamicPattern } from 'tinyglobby'
import type { FileError } from '../report/json-schema.js'

/** The files a run reads, in a stable order, and the paths that named nothing. */
export interface CollectedFiles {
  /** Paths as given (relative to cwd when found by a directory walk or glob). */
  files: string[]
  errors: FileError[]
}

/** Options for finding files. */
export interface CollectOptions {
  cwd: string
  /** Globs of files to skip (a glob naming a directory skips what is under it). */
  ignore?: string[]
  /** Directory the `ignore` globs are relative to (the config file's); defaults to cwd. */
  ignoreBase?: string
  /** Whether a path that does not exist, or a directory or glob with no markdown file, is an error (default true). */
  errorOnUnmatched?: boolean
}

const MARKDOWN = '**/*.{md,markdown,MD,Markdown}'
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

/**
 * Expands paths, directories and globs into markdown files. Ignored files are dropped, a file
 * named explicitly included (so a hook passing every staged file respects the config). A path
 * that names nothing, or a directory or glob that yields no file, is an error unless
 * `errorOnUnmatched` is false.
 */
export async function collectFiles(patterns: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const files: string[] = []
  const errors: FileError[] = []
  const seen = new Set<string>()
  const ignored = ignoreMatcher(options.ignore ?? [], options.ignoreBase ?? options.cwd, options.cwd)
  const add = (path: string) => {
    const key = resolve(options.cwd, path)
    if (!seen.has(key)) { seen.add(key); files.push(path) }
  }
  const unmatched = (path: string, message: string) => {
    if (options.errorOnUnmatched !== false) errors.push({ path, message })
  }
  for (const pattern of patterns) {
    const info = await stat(resolve(options.cwd, pattern)).catch(() => undefined)
    if (info?.isDirectory()) {
      const found = await glob(MARKDOWN, { cwd: resolve(options.cwd, pattern), ignore: ALWAYS_IGNORED, followSymbolicLinks: false })
      const kept = found.sort().map((f) => display(resolve(options.cwd, pattern, f), options.cwd)).filter((f) => !ignored(f))
      if (kept.length === 0) unmatched(pattern, 'No markdown files in this directory (or all are ignored)')
      for (const f of kept) add(f)
    } else if (info) {
      if (!ignored(pattern)) add(pattern)
    } else if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd: options.cwd, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })
      const kept = found.sort().filter((f) => !ignored(f))
      if (kept.length === 0) unmatched(pattern, 'No files match this pattern (or all are ignored)')
      for (const f of kept) add(f)
    } else {
      unmatched(pattern, 'No such file or directory')
    }
  }
  return { files, errors }
}

/** Whether a path (relative to cwd, or absolute) is ignored: it or a directory above it matches a glob. */
export function ignoreMatcher(globs: readonly string[], base: string, cwd: string): (path: string) => boolean {
  if (globs.length === 0) return () => false
  const match = picomatch([...globs], { dot: true })
  return (path) => {
    const rel = relative(base, resolve(cwd, path))
    if (rel.startsWith('..') || isAbsolute(rel)) return false
    const parts = rel.split(sep)
    return parts.some((_, i) => match(parts.slice(0, i + 1).join('/')))
  }
}

/** A path relative to cwd when it lies under it, else absolute. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel
}
