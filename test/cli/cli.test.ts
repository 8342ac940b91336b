import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, sandbox } from '../helpers/cli.js'

const CONFLICT = 'docs/conflict.md:10:1: error Unexpected status `todo` for `Login Page`, line 3 says `done` (see lines 3, 4) [status-conflict]'
const WARNING = 'docs/warning.md:3:15: warning Unexpected placeholder `[Current Date]`, expected real content [placeholder]'

describe('exit codes and gates', () => {
  const cwd = sandbox()
  const run = (...args: string[]) => runCli(args, { cwd })

  it('exits 0 on a clean document and prints one summary line, nothing with --quiet', () => {
    expect(run('docs/clean.md')).toEqual({ code: 0, stdout: '✔ No problems in 1 file\n', stderr: '' })
    expect(run('--quiet', 'docs/clean.md')).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('exits 1 on an error, 0 on a warning unless --fail-on warning', () => {
    expect(run('docs/conflict.md').code).toBe(1)
    expect(run('docs/warning.md').code).toBe(0)
    expect(run('--fail-on', 'warning', 'docs/warning.md').code).toBe(1)
    expect(run('--fail-on', 'never', 'docs/conflict.md').code).toBe(0)
  })

  it('--max-warnings fails on more warnings than allowed', () => {
    expect(run('--max-warnings', '1', 'docs/warning.md').code).toBe(0)
    expect(run('--max-warnings', '0', 'docs/warning.md').code).toBe(1)
    expect(run('--max-warnings', 'lots', 'docs/warning.md').code).toBe(2)
  })

  it('--quiet reports errors only, and warnings then count for nothing', () => {
    expect(run('--quiet', '--format', 'compact', 'docs')).toEqual({ code: 1, stdout: CONFLICT + '\n', stderr: '' })
    expect(run('--quiet', '--fail-on', 'warning', 'docs/warning.md')).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('--rule changes a severity; a misspelt rule id is exit 2 with a suggestion', () => {
    expect(run('--rule', 'status-conflict=warning', 'docs/conflict.md').code).toBe(0)
    expect(run('--rule', 'placeholder=off', '--fail-on', 'warning', 'docs/warning.md').code).toBe(0)
    const bad = run('--rule', 'status-conflct=off', 'docs/conflict.md')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('audit-reconcile: --rule: rules.status-conflct: expected a known key, found unknown key "status-conflct" (did you mean "status-conflict"?)\n')
    expect(run('--rule', 'placeholder=warn', 'docs/warning.md').stderr).toContain('expected "off" | "warning" | "error" or an object, found "warn" (did you mean "warning"?)')
  })

  it('--list-rules prints every rule with its default severity and description', () => {
    const { code, stdout } = run('--list-rules')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^status-conflict +error +Report an item given different statuses in one document$/m)
    expect(stdout).toMatch(/^placeholder +warning +Report unfilled template text/m)
    expect(stdout).toMatch(/^directive +error +Report inline directives/m)
  })
})

describe('paths', () => {
  const cwd = sandbox({ 'notes/readme.txt': 'not markdown' })
  const run = (...args: string[]) => runCli(args, { cwd })

  it('exits 2 naming a path that does not exist and a glob that matches nothing; the rest is still checked', () => {
    const { code, stdout } = run('--format', 'compact', 'docs/warning.md', 'nope.md', 'docs/*.txt', 'notes')
    expect(code).toBe(2)
    expect(stdout.split('\n')).toEqual([
      WARNING,
      'nope.md: error No such file or directory',
      'docs/*.txt: error No files match this pattern (or all are ignored)',
      'notes: error No markdown files in this directory (or all are ignored)',
      '',
    ])
  })

  it('--no-error-on-unmatched-pattern lets them pass', () => {
    expect(run('--no-error-on-unmatched-pattern', 'docs/clean.md', 'nope.md', 'docs/*.txt')).toEqual({ code: 0, stdout: '✔ No problems in 1 file\n', stderr: '' })
  })

  it('no path at all is a usage error, unless --pass-on-no-files', () => {
    const none = run()
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('No paths given')
    expect(run('--pass-on-no-files')).toEqual({ code: 0, stdout: '✔ No problems in 0 files\n', stderr: '' })
  })

  it('reads standard input under --stdin-filename', () => {
    const out = runCli(['--format', 'compact', '-', '--stdin-filename', 'docs/piped.md'], { cwd, input: 'Owner: TBD\n' })
    expect(out).toEqual({ code: 0, stdout: 'docs/piped.md:1:8: warning Unexpected placeholder `TBD`, expected real content [placeholder]\n', stderr: '' })
  })
})

describe('several formats in one run', () => {
  it('writes each format to its own destination, without changing the exit code', () => {
    const cwd = sandbox()
    const alone = runCli(['docs/conflict.md'], { cwd })
    const many = runCli(['--format', 'compact', '--format', 'sarif:out/results.sarif', '--format', 'markdown:summary.md', '--format', 'json:out/r.json', 'docs/conflict.md'], { cwd })
    expect(many.code).toBe(alone.code)
    expect(many.stdout).toBe(CONFLICT + '\n')
    expect(JSON.parse(readFileSync(join(cwd, 'out/results.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' })
    expect(readFileSync(join(cwd, 'summary.md'), 'utf8')).toMatch(/^## audit-reconcile\n\n✖ 1 problem/)
    expect(JSON.parse(readFileSync(join(cwd, 'out/r.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, totals: { errors: 1 } })
  })

  it('--output sends the single format to a file and prints nothing', () => {
    const cwd = sandbox()
    expect(runCli(['--format', 'github', '--output', 'gh.txt', 'docs/conflict.md'], { cwd })).toEqual({ code: 1, stdout: '', stderr: '' })
    expect(readFileSync(join(cwd, 'gh.txt'), 'utf8')).toMatch(/^::error file=docs\/conflict.md,line=10,/)
  })

  it('refuses two formats on standard output, an unknown format, and --output with nowhere to go', () => {
    const cwd = sandbox()
    expect(runCli(['--format', 'pretty', '--format', 'json', 'docs'], { cwd }).stderr).toContain('only one format can go to standard output')
    const unknown = runCli(['--format', 'yaml', 'docs'], { cwd })
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "yaml", expected one of pretty, json, sarif') })
    expect(runCli(['--format', 'sarif:x.sarif', '--output', 'y', 'docs'], { cwd }).code).toBe(2)
  })

  it('reports unreadable files on stderr when no pretty report shows them', () => {
    const cwd = sandbox()
    const out = runCli(['--format', 'json:r.json', 'gone.md'], { cwd })
    expect(out).toEqual({ code: 2, stdout: '', stderr: 'audit-reconcile: gone.md: No such file or directory\n' })
  })
})
