import { describe, expect, it } from 'vitest'
import { runResultSchema } from '../../src/contract/result.js'
import { runCli } from '../helpers/cli.js'

const RI = 'fixtures/examples/remaining-items.md'
const CONSISTENT = 'fixtures/consistent'

describe('exit codes', () => {
  it('exits 1 when a document contradicts itself, and names the lines', () => {
    const r = runCli([RI])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^ +118:1 +error +Unexpected status `todo` for `Prometheus Metrics Collection`, line 24 says `done` +status-conflict$/m)
    expect(r.stdout).toMatch(/↳ 24:1 Status `done` stated here/)
  })

  it('exits 0 on consistent documents with one summary line', () => {
    const r = runCli([CONSISTENT])
    expect(r.code).toBe(0)
    expect(r.stdout.trim().split('\n').at(-1)).toBe('✔ No problems in 4 files')
  })

  it('--fail-on never exits 0 and --fail-on warning fails on warnings only', () => {
    expect(runCli(['--fail-on', 'never', RI]).code).toBe(0)
    const placeholderOnly = '# Report\nLast Updated: [Current Date]\n'
    expect(runCli(['-', '--stdin-filename', 'r.md'], { input: placeholderOnly }).code).toBe(0)
    expect(runCli(['--fail-on', 'warning', '-', '--stdin-filename', 'r.md'], { input: placeholderOnly }).code).toBe(1)
  })

  it('exits 2 for a missing file, names it, and still checks the other files', () => {
    const r = runCli(['no/such/file.md', RI])
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('no/such/file.md: No such file or directory')
    expect(r.stdout).toContain('status-conflict')
  })

  it('exits 2 with a one-line message and no stack for usage errors', () => {
    for (const args of [[], ['--format', 'nope', RI], ['--no-such-flag', RI]]) {
      const r = runCli(args)
      expect(r.code).toBe(2)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      expect(r.stderr.length).toBeGreaterThan(0)
    }
  })
})

describe('input and output', () => {
  it('reads standard input under --stdin-filename', () => {
    const doc = '# S\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'
    const r = runCli(['--format', 'json', '-', '--stdin-filename', 'docs/STATUS.md'], { input: doc })
    expect(r.code).toBe(1)
    const out = runResultSchema.parse(JSON.parse(r.stdout))
    expect(out.findings.map((f) => [f.path, f.ruleId, f.line, f.related.map((x) => x.line)])).toEqual([['docs/STATUS.md', 'status-conflict', 7, [3]]])
  })

  it('--format json matches the exported schema on both examples', () => {
    const r = runCli(['--format', 'json', 'fixtures/examples'])
    const out = runResultSchema.parse(JSON.parse(r.stdout))
    expect(out.schemaVersion).toBe(1)
    expect(out.documents.map((d) => d.path)).toEqual(['fixtures/examples/codebase-review.md', 'fixtures/examples/remaining-items.md'])
    expect(out.documents[1]!.encoding).toBe('utf-8')
    expect(out.totals.errors + out.totals.warnings).toBe(out.findings.length)
  })

  it('colours only when asked or on a terminal, and honours NO_COLOR', () => {
    const esc = /\u001b\[/
    expect(runCli([RI]).stdout).not.toMatch(esc)
    expect(runCli(['--color', RI]).stdout).toMatch(esc)
    expect(runCli([RI], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(esc)
    expect(runCli(['--no-color', RI], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(esc)
    expect(runCli([RI], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(esc)
  })

  it('--help shows examples and exit codes; --version prints the version', () => {
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Examples:')
    expect(help.stdout).toContain('Exit codes:')
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('walks directories for *.md and *.markdown, and expands quoted globs', () => {
    const r = runCli(['--format', 'json', 'fixtures/consistent', 'fixtures/examples/*.md'])
    const paths = runResultSchema.parse(JSON.parse(r.stdout)).documents.map((d) => d.path)
    expect(paths).toHaveLength(6)
    expect(paths).toContain('fixtures/examples/remaining-items.md')
  })

  it('reports a glob that matches nothing as a file error (exit 2)', () => {
    const r = runCli(['fixtures/none-*.md'])
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('fixtures/none-*.md: No files match this pattern')
  })
})
