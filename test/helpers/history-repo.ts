import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { git, tempRepo } from './tmp.js'

/** Writes files into a folder (path → text; null deletes the file). */
export function write(dir: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) { rmSync(join(dir, path)); continue }
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** Stages everything and commits it at a date, with a fixed identity. */
export function commitAll(dir: string, message: string, date: string): void {
  git(dir, 'add', '-A')
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
    cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
  })
}

/** A temporary repository built commit by commit: each step's files written (null deletes), then committed. */
export function historyRepo(steps: Record<string, string | null>[]): string {
  const [first, ...rest] = steps
  const dir = tempRepo(first as Record<string, string>, '2024-01-10T12:00:00Z')
  rest.forEach((files, i) => {
    write(dir, files)
    commitAll(dir, `step ${i + 2}`, `2024-01-${String(11 + i).padStart(2, '0')}T12:00:00Z`)
  })
  return dir
}
