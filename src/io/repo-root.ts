import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * The repository root above `cwd`: the nearest directory holding `.git` (a directory, or a
 * file in a worktree or submodule); `cwd` itself when there is none. SARIF, GitHub and GitLab
 * paths are relative to it, since that is what those services match against.
 */
export function findRepoRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return resolve(cwd)
  }
}
