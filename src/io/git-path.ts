import { existsSync } from 'node:fs'
import { win32 } from 'node:path'

/** Settings given to every git run: none of the repository's config may start a program (core.fsmonitor names one git runs before it compares the tree). */
export const SAFE_CONFIG = ['-c', 'core.fsmonitor=false']

/** What finding git depends on: the platform and its environment, and a file test (for tests). */
export interface Lookup {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  exists: (path: string) => boolean
}

const SYSTEM: Lookup = { platform: process.platform, env: process.env, exists: existsSync }
let cached: string | undefined

/**
 * The git program to spawn. On Windows a bare `git` is looked up in the child's working
 * directory before PATH, so a `git.exe` committed to the repository being checked would run:
 * there it is resolved from PATH's absolute folders first (with PATHEXT), and the full path
 * spawned. Elsewhere PATH alone is searched, and `git` is fine as it is.
 */
export function gitProgram(lookup: Lookup = SYSTEM): string {
  if (lookup === SYSTEM && cached !== undefined) return cached
  const found = lookup.platform === 'win32' ? onWindowsPath('git', lookup) : 'git'
  if (lookup === SYSTEM) cached = found
  return found
}

function onWindowsPath(name: string, { env, exists }: Lookup): string {
  const path = env.PATH ?? env.Path ?? ''
  // Only programs: a .bat or .cmd cannot be spawned without a shell.
  const extensions = (env.PATHEXT ?? '.COM;.EXE').split(';').filter((e) => /^\.(exe|com)$/i.test(e))
  for (const dir of path.split(';')) {
    // A relative entry ("." or "bin") would be read from the working directory: skipped.
    if (dir === '' || !win32.isAbsolute(dir)) continue
    for (const ext of extensions) {
      const candidate = win32.join(dir, name + ext)
      if (exists(candidate)) return candidate
    }
  }
  // Not on PATH: spawning fails with ENOENT, which the callers report as "git is needed".
  return win32.join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'git-not-found.exe')
}
