import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../helpers/api.js'
import { runCli } from '../helpers/cli.js'
import { historyRepo, write } from '../helpers/history-repo.js'
import { git, tempRepo, tempTree } from '../helpers/tmp.js'
import { STEPS } from './scenario.js'

describe('--since errors', () => {
  it('exits 2 with one line outside a git repository', () => {
    const dir = tempTree({ 'a.md': '# A\n\n### Login ✅\n' })
    const r = runCli(['--since', 'HEAD', 'a.md'], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([2, 'audit-reconcile: --since needs a git repository, and a.md is not in one\n'])
  })

  it('exits 2 with one line naming an unknown revision, or one that looks like an option', () => {
    const dir = historyRepo(STEPS.slice(0, 1))
    const r = runCli(['--since', 'no-such-branch', 'docs'], { cwd: dir })
    expect([r.code, r.stderr]).toEqual([2, `audit-reconcile: --since: unknown revision "no-such-branch" in the git repository at ${dir}\n`])
    const option = runCli(['--since=--output=x', 'docs'], { cwd: dir })
    expect([option.code, option.stderr]).toEqual([2, 'audit-reconcile: --since: "--output=x" is not a revision\n'])
  })
})

describe('--since and inline directives', () => {
  it('a file whose name holds a line break is read at the revision like any other: its regression shows', async () => {
    const name = 'docs/odd\nname.md'
    const dir = tempRepo({ [name]: '# Status\n\n### Login ✅ Done\n', 'docs/plain.md': '# Plain\n\n### Search ✅ Done\n' })
    writeFileSync(join(dir, name), '# Status\n\n### Login ❌ Not started\n')
    const result = await audit({ paths: ['docs'], cwd: dir, since: 'HEAD' })
    expect(result.changes!.documents.find((d) => d.path === name)?.state).toBe('modified')
    expect(result.findings.filter((f) => f.ruleId === 'status-regression').map((f) => f.path)).toEqual([name])
  })

  it('runs no program the repository\'s config names (core.fsmonitor) for --since, --changed-since or commit dates', () => {
    const dir = tempRepo({ 'docs/a.md': '# A\n\n### Login ✅ Done\n', 'docs/b.md': '# B\n\n### Login ✅ Done\n' })
    const marker = join(dir, 'PROGRAM_RAN')
    writeFileSync(join(dir, 'hook.sh'), `#!/bin/sh\ntouch '${marker}'\nexit 1\n`)
    chmodSync(join(dir, 'hook.sh'), 0o755)
    git(dir, 'config', 'core.fsmonitor', join(dir, 'hook.sh'))
    writeFileSync(join(dir, 'docs/a.md'), '# A\n\n### Login ❌ Not started\n')
    for (const args of [['--since', 'HEAD', 'docs'], ['--changed-since', 'HEAD', 'docs'], ['docs']]) runCli(args, { cwd: dir })
    expect(existsSync(marker)).toBe(false)
  })

  it('a disable directive in the current version silences status-regression', async () => {
    const dir = historyRepo(STEPS.slice(0, 1))
    const regressed = STEPS[0]!['docs/STATUS.md']!.replace('| Invoices | ✅ Done |', '| Invoices | 🚧 In progress |')
      .replace('## Items', '## Items\n\n<!-- audit-reconcile-disable status-regression -->')
    write(dir, { 'docs/STATUS.md': regressed })
    const result = await audit({ paths: ['docs/STATUS.md'], cwd: dir, since: 'HEAD' })
    expect(result.changes?.documents[0]?.regression.map((c) => c.name)).toEqual(['Invoices'])
    expect(result.findings.filter((f) => f.ruleId === 'status-regression')).toEqual([])
  })
})
