import { stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
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
  /** Globs of files to skip, relative to cwd. */
  ignore?: string[]
}

const MARKDOWN = '**/*.{md,markdown,MD,Markdown}'
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

/** Expands paths, directories and globs into markdown files; a path that names nothing is an error. */
export async function collectFiles(patterns: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const files: string[] = []
  const errors: FileError[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    const key = resolve(options.cwd, path)
    if (!seen.has(key)) { seen.add(key); files.push(path) }
  }
  const ignore = [...ALWAYS_IGNORED, ...(options.ignore ?? [])]
  // Loaded only when a directory or glob needs it: a pre-commit hook names files.
  let globber: typeof import('tinyglobby') | undefined
  const tiny = async () => (globber ??= await import('tinyglobby'))
  for (const pattern of patterns) {
    const info = await stat(resolve(options.cwd, pattern)).catch(() => undefined)
    if (info?.isDirectory()) {
      const found = await (await tiny()).glob(MARKDOWN, { cwd: resolve(options.cwd, pattern), ignore, followSymbolicLinks: false })
      for (const f of found.sort()) add(display(resolve(options.cwd, pattern, f), options.cwd))
    } else if (info) {
      add(pattern)
    } else if (/[*?[\]{}()!]/.test(pattern) && (await tiny()).isDynamicPattern(pattern)) {
      const found = await (await tiny()).glob(pattern, { cwd: options.cwd, ignore, followSymbolicLinks: false })
      if (found.length === 0) errors.push({ path: pattern, message: 'No files match this pattern' })
      for (const f of found.sort()) add(f)
    } else {
      errors.push({ path: pattern, message: 'No such file or directory' })
    }
  }
  return { files, errors }
}

/** A path relative to cwd when it lies under it, else absolute. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel
}
