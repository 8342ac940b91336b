import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { gitProgram, SAFE_CONFIG } from './git-path.js'

/** The git top level above a directory (a folder holding `.git`), or undefined outside any repository. */
export function findRepositoryRoot(dir: string): string | undefined {
  let current = resolve(dir)
  for (;;) {
    if (existsSync(join(current, '.git'))) return current
    const up = dirname(current)
    if (up === current) return undefined
    current = up
  }
}

/**
 * The committer date of the last commit that touched each file (ISO 8601), from one `git log`
 * per repository; files git does not know are left out.
 */
export function lastCommitDates(files: readonly string[], root: string): Promise<Map<string, string>> {
  const rels = files.map((f) => relative(root, f).split(sep).join('/'))
  return new Promise((done) => {
    execFile(gitProgram(), [...SAFE_CONFIG, 'log', '--format=%x00%cI', '--name-only', '--', ...rels], { cwd: root, timeout: 30_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      const dates = new Map<string, string>()
      if (error) return done(dates)
      for (const block of stdout.split('\u0000').slice(1)) {
        const [date, ...names] = block.split('\n').filter((l) => l.trim() !== '')
        for (const name of names) if (!dates.has(name)) dates.set(name, date!.trim())
      }
      done(new Map(files.map((f, i) => [f, dates.get(rels[i]!)] as const).filter((e): e is [string, string] => e[1] !== undefined)))
    })
  })
}

/**
 * Whether a cited path exists for a document: rooted paths from the repository root (or
 * the document's folder), bare file names from the document's folder or the root; a bare
 * name found in neither is unknown rather than missing.
 */
export function pathChecker(root: string, docDir: string): (path: string, rooted: boolean) => boolean | undefined {
  const cache = new Map<string, boolean | undefined>()
  return (path, rooted) => {
    const id = `${rooted}\u0000${path}`
    if (!cache.has(id)) {
      const found = existsSync(join(root, path)) || existsSync(join(docDir, path))
      cache.set(id, found ? true : rooted ? false : undefined)
    }
    return cache.get(id)
  }
}
