import { lstat, readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import type { FileError } from '../contract/result.js'
import { findRepositoryRoot } from './repository.js'

/** The files a run reads, in a stable order, and the paths that named nothing. */
export interface CollectedFiles {
  /** Paths as given, or relative to cwd when found by a directory walk or glob. */
  files: string[]
  errors: FileError[]
}

/** Options for finding files. */
export interface CollectOptions {
  cwd: string
  /** Gitignore-style patterns of files to skip (the config's `ignore`), relative to `ignoreBase`. */
  ignore?: string[]
  /** Directory the `ignore` patterns are relative to (the config file's); defaults to cwd. */
  ignoreBase?: string
  /** Gitignore-style patterns from --ignore-pattern, relative to cwd. */
  ignorePatterns?: string[]
  /** Whether a path that does not exist, or a directory or glob with no markdown file, is an error (default true). */
  errorOnUnmatched?: boolean
  /** Respect .gitignore files in directory walks and globs (default true). */
  gitignore?: boolean
}

const MARKDOWN = '**/*.{md,markdown,MD,Markdown}'
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

/**
 * Expands paths, directories and globs into markdown files, in order: each argument's files
 * sorted, arguments in the order given, duplicates dropped. Walks and globs skip node_modules,
 * .git and what .gitignore files exclude; ignore patterns apply to every file, named ones too
 * (so a hook passing every staged file respects the config). A path that names nothing, or a
 * directory or glob that yields no file, is an error unless `errorOnUnmatched` is false.
 */
export async function collectFiles(patterns: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const files: string[] = []
  const errors: FileError[] = []
  const seen = new Set<string>()
  // tinyglobby loads only for a directory or a glob: a hook naming files never needs it.
  let globber: typeof import('tinyglobby') | undefined
  const tinyglobby = async () => (globber ??= await import('tinyglobby'))
  const fromConfig = ignoreMatcher(options.ignore ?? [], options.ignoreBase ?? options.cwd, options.cwd)
  const fromFlags = ignoreMatcher(options.ignorePatterns ?? [], options.cwd, options.cwd)
  const gitignores = options.gitignore === false ? undefined : new GitignoreSet()
  const keep = async (path: string, walked: boolean) =>
    !fromConfig(path) && !fromFlags(path) && !(walked && gitignores && (await gitignores.ignores(resolve(options.cwd, path))))
  const add = (path: string) => {
    const key = resolve(options.cwd, path)
    if (!seen.has(key)) { seen.add(key); files.push(path) }
  }
  const unmatched = (path: string, message: string) => {
    if (options.errorOnUnmatched !== false) errors.push({ path, message })
  }
  for (const pattern of patterns) {
    const failed: { code?: string } = {}
    const info = await stat(resolve(options.cwd, pattern)).catch((error: NodeJS.ErrnoException) => { failed.code = error.code; return undefined })
    if (info?.isDirectory()) {
      const base = resolve(options.cwd, pattern)
      const { glob } = await tinyglobby()
      const found = (await glob(MARKDOWN, { cwd: base, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })).sort().map((f) => display(join(base, f), options.cwd))
      const kept = await filter(found, (f) => keep(f, true))
      if (kept.length === 0) unmatched(pattern, 'No markdown files in this directory (or all are ignored)')
      kept.forEach(add)
    } else if (info) {
      if (await keep(pattern, false)) add(pattern)
    } else if ((await tinyglobby()).isDynamicPattern(pattern)) {
      const { glob } = await tinyglobby()
      const found = (await glob(pattern, { cwd: options.cwd, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })).sort()
      const kept = await filter(found, (f) => keep(f, true))
      if (kept.length === 0) unmatched(pattern, 'No files match this pattern (or all are ignored)')
      kept.forEach(add)
    } else {
      unmatched(pattern, await whyMissing(resolve(options.cwd, pattern), failed.code))
    }
  }
  return { files, errors }
}

/** What a path that cannot be opened is: a link loop, a link to nothing, a folder it cannot enter, or nothing. */
async function whyMissing(path: string, code: string | undefined): Promise<string> {
  if (code === 'ELOOP') return 'Too many symbolic links (a link loop?)'
  if (code === 'EACCES' || code === 'EPERM') return 'Permission denied (a folder on the way cannot be entered)'
  if (code === 'ENAMETOOLONG') return 'File name too long'
  if (code === 'ENOTDIR') return 'No such file or directory (a part of the path is a file)'
  if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) return 'A symbolic link to a file or directory that does not exist'
  return 'No such file or directory'
}

async function filter<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<T[]> {
  const kept: T[] = []
  for (const item of items) if (await test(item)) kept.push(item)
  return kept
}

/** Whether a path (relative to cwd, or absolute) matches gitignore-style patterns relative to `base`. */
export function ignoreMatcher(patterns: readonly string[], base: string, cwd: string): (path: string) => boolean {
  if (patterns.length === 0) return () => false
  const rules = ignore().add([...patterns])
  return (path) => {
    const rel = relative(base, resolve(cwd, path))
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && rules.ignores(rel.split(sep).join('/'))
  }
}

/** A path relative to cwd when it lies under it, else absolute. */
function display(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel
}

/** The .gitignore files of the repositories walked, each applied to the paths below its folder. */
class GitignoreSet {
  private readonly byDir = new Map<string, Promise<Ignore | undefined>>()

  /** Whether any .gitignore from the file's repository root down to its folder excludes it. */
  async ignores(file: string): Promise<boolean> {
    const root = findRepositoryRoot(dirname(file))
    if (!root) return false
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const rules = await this.load(dir)
      if (rules && rules.ignores(relative(dir, file).split(sep).join('/'))) return true
      if (dir === root || dirname(dir) === dir) return false
    }
  }

  private load(dir: string): Promise<Ignore | undefined> {
    let rules = this.byDir.get(dir)
    if (!rules) {
      rules = readFile(join(dir, '.gitignore'), 'utf8').then((text) => ignore().add(text), () => undefined)
      this.byDir.set(dir, rules)
    }
    return rules
  }
}
