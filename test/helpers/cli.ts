import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/** The repository root, where bin/ and dist/ are (dist/ is built by `npm test`). */
export const REPO = resolve(import.meta.dirname, '../..')
/** The same root, under the name older tests use. */
export const ROOT = REPO
/** The CLI entry, spawned as users run it. */
export const BIN = join(REPO, 'bin/audit-reconcile.js')

/** What a CLI run printed and returned. */
export interface CliRun { code: number | null; stdout: string; stderr: string }

/**
 * Runs `node bin/audit-reconcile.js …args` (in the repository unless `cwd` says otherwise), with
 * only PATH and HOME from the environment, so that no colour or CI variable leaks in.
 */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
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

let reachable: string | undefined

/**
 * The built CLI (bin/, dist/, package.json and the runtime dependencies the bundle leaves to node_modules) copied once into a
 * fresh 0755 folder, for a run as another user (uid 65534): that user may not be able to enter
 * the folders above the clone (a `mktemp -d` folder is 0700). Returns the copy's bin.
 */
export function reachableBin(): string {
  if (reachable === undefined) {
    const copy = mkdtempSync(join(tmpdir(), 'audit-cli-'))
    chmodSync(copy, 0o755)
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(REPO, part), join(copy, part), { recursive: true })
    // The bundle leaves its runtime dependencies (zod, tinypool, the stemmers) to node_modules.
    const { dependencies = {} } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    for (const name of Object.keys(dependencies)) cpSync(join(REPO, 'node_modules', name), join(copy, 'node_modules', name), { recursive: true })
    reachable = join(copy, 'bin/audit-reconcile.js')
  }
  return reachable
}
