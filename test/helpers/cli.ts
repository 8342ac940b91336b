import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/** The repository root, where bin/ and dist/ are (dist/ is built by `npm test`). */
export const REPO = resolve(import.meta.dirname, '../..')
/** The CLI entry, spawned as users run it. */
export const BIN = join(REPO, 'bin/audit-reconcile.js')

/** What a CLI run printed and returned. */
export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs `node bin/audit-reconcile.js …args` in `cwd`, with colour off and no CI variables leaking in. */
export function runCli(args: readonly string[], options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv } = { cwd: REPO }): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

/**
 * A fresh temporary directory holding the CLI fixture documents (fixtures/cli/docs → docs/)
 * plus any files given (path → content); returns its path.
 */
export function sandbox(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-reconcile-'))
  cpSync(join(REPO, 'fixtures/cli/docs'), join(dir, 'docs'), { recursive: true })
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}
