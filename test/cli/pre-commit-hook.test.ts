import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO, runCli, sandbox } from '../helpers/cli.js'

interface Hook { id: string; entry: string; language: string; types: string[]; require_serial: boolean; args?: string[] }

const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const hook = hooks.find((h) => h.id === 'audit-reconcile')!
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> }

/**
 * Runs the hook the way pre-commit does: the entry (a bin the node environment installed from
 * this package), then the hook's args, then the staged files of the hook's types as arguments,
 * in the repository root.
 */
function runHook(cwd: string, files: string[]) {
  const [command, ...entryArgs] = hook.entry.split(/\s+/)
  expect(pkg.bin[command!], `entry "${command}" is a bin of this package`).toBe('bin/audit-reconcile.js')
  return runCli([...entryArgs, ...(hook.args ?? []), ...files], { cwd })
}

describe('the pre-commit hook', () => {
  it('is a node hook on markdown files, run serially', () => {
    expect(hook).toMatchObject({ language: 'node', types: ['markdown'], require_serial: true })
  })

  it('passes on consistent staged files and fails on a contradiction, naming it', () => {
    const cwd = sandbox()
    expect(runHook(cwd, ['docs/clean.md'])).toMatchObject({ code: 0, stdout: '✔ No problems in 1 file\n' })
    const failed = runHook(cwd, ['docs/clean.md', 'docs/conflict.md'])
    expect(failed.code).toBe(1)
    expect(failed.stdout).toContain('docs/conflict.md\n  10:1  error    Unexpected status `todo` for `Login Page`, line 3 says `done`')
  })

  it('respects the config\'s ignore globs for staged files', () => {
    const cwd = sandbox({ '.audit-reconcile.yaml': 'ignore: [docs/conflict.md]\n' })
    expect(runHook(cwd, ['docs/conflict.md'])).toMatchObject({ code: 0, stdout: '✔ No problems in 0 files\n' })
  })
})
