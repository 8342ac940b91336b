import { readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { FileError } from '../report/json-schema.js'
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
  /** Gitignore-style patterns of files to skip, relative to cwd (--ignore-pattern, config). */
  ignore?: string[]
  /** Respect .gitignore files in directory walks and globs (default true). */
  gitignore?: boolean
}

const MARKDOWN = '**/*.{md,markdown,MD,Markdown}'
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

type Tiny = typeof import('tinyglobby')
type Ignore = import('ignore').Ignore

/**
 * Expands paths, directories and globs into markdown files, in order: each argument's files
 * sorted, arguments in the order given, duplicates dropped. Directory walks and globs skip
 * node_modules, .git and what .gitignore files exclude; --ignore-pattern applies to every file.
 * A path that names nothing is an error; the other paths are still collected.
 */
export async function collectFiles(patterns: readonly string[], options: CollectOptions): Promise<CollectedFiles> {
  const files: string[] = []
  const errors: FileError[] = []
  const seen = new Set<string>()
  let tiny: Tiny | undefined
  const globber = async () => (tiny ??= await import('tinyglobby'))
  const userIgnore = options.ignore?.length ? (await import('ignore')).default().add(options.ignore) : undefined
  const gitignores = options.gitignore === false ? undefined : new GitignoreSet()
  const add = async (path: string, walked: boolean) => {
    const abs = resolve(options.cwd, path)
    if (seen.has(abs)) return
    const rel = relative(options.cwd, abs)
    if (userIgnore && !rel.startsWith('..') && !isAbsolute(rel) && userIgnore.ignores(rel.split(sep).join('/'))) return
    if (walked && gitignores && (await gitignores.ignores(abs))) return
    seen.add(abs)
    files.push(path)
  }
  for (const pattern of patterns) {
    const info = await stat(resolve(options.cwd, pattern)).catch(() => undefined)
    if (info?.isDirectory()) {
      const base = resolve(options.cwd, pattern)
      const found = await (await globber()).glob(MARKDOWN, { cwd: base, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })
      for (const f of found.sort()) await add(display(join(base, f), options.cwd), true)
    } else if (info) {
      await add(pattern, false)
    } else if (/[*?[\]{}()!]/.test(pattern) && (await globber()).isDynamicPattern(pattern)) {
      const found = await (await globber()).glob(pattern, { cwd: options.cwd, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })
      if (found.length === 0) errors.push({ path: pattern, message: 'No files match this pattern' })
      for (const f of found.sort()) await add(f, true)
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

/** The .gitignore files of the repositories walked, each applied to the paths below its folder. */
class GitignoreSet {
  private readonly byDir = new Map<string, Promise<Ignore | undefined>>()

  /** Whether any .gitignore from the file's repository root down to its folder excludes it. */
  async ignores(file: string): Promise<boolean> {
    const root = findRepositoryRoot(dirname(file))
    if (!root) return false
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const rules = await this.load(dir)
      const rel = relative(dir, file).split(sep).join('/')
      if (rules && rules.ignores(rel)) return true
      if (dir === root || dirname(dir) === dir) return false
    }
  }

  private load(dir: string): Promise<Ignore | undefined> {
    let rules = this.byDir.get(dir)
    if (!rules) {
      rules = readFile(join(dir, '.gitignore'), 'utf8').then(
        async (text) => (await import('ignore')).default().add(text),
        () => undefined,
      )
      this.byDir.set(dir, rules)
    }
    return rules
  }
}
