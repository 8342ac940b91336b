import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = fileURLToPath(new URL('../../bin/audit-reconcile.js', import.meta.url))

/** What a run of the built command line printed and returned. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built bin (npm test builds it first) with arguments, optional stdin and environment. */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '', FORCE_COLOR: '', ...options.env }
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  Object.assign(env, options.env)
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input, env, encoding: 'utf8' })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}
