import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, runCli } from '../helpers/cli.js'
import { tempTree } from '../helpers/tmp.js'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
  })
}

describe('worker threads', () => {
  it('give the same report, byte for byte, as the main thread alone', () => {
    // Every fixture document (so every rule fires somewhere), documents that share items (cross-document
    // findings), a binary file and mojibake, in one run.
    const cwd = tempTree({ 'docs/binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01]), 'docs/mojibake.md': '# Menu\n\nThe cafÃ© â€” ✅ Done\n' })
    for (const file of markdownFiles(join(REPO, 'fixtures'))) {
      cpSync(file, join(cwd, 'docs', relative(join(REPO, 'fixtures'), file).replace(/[/\\]/g, '--')))
    }
    writeFileSync(join(cwd, 'docs/zz-newer.md'), '# Status\n\n**Last Updated:** 2030-01-01\n\n### Command Library ❌\n- **Status:** ❌ Missing\n')
    const alone = runCli(['--format', 'json', '--concurrency', 'off', 'docs'], { cwd })
    const threads = runCli(['--format', 'json', '--concurrency', '2', 'docs'], { cwd })
    expect(alone.stderr).toBe('audit-reconcile: docs/binary.md: Binary file (NUL bytes), skipped\n')
    expect(threads.stderr).toBe(alone.stderr)
    expect(alone.code).toBe(2)
    const report = JSON.parse(alone.stdout)
    expect(report.documents.length).toBeGreaterThan(40)
    expect(new Set(report.findings.map((f: { ruleId: string }) => f.ruleId)).size).toBeGreaterThanOrEqual(10)
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId === 'cross-doc-conflict')).toBe(true)
    expect(threads.stdout).toBe(alone.stdout)
    expect(threads.code).toBe(alone.code)
    // The cache holds what threads computed; a second run from it reports the same again.
    const cached = runCli(['--format', 'json', '--concurrency', '2', '--cache', 'docs'], { cwd })
    expect(runCli(['--format', 'json', '--cache', 'docs'], { cwd }).stdout).toBe(alone.stdout)
    expect(cached.stdout).toBe(alone.stdout)
  })

  it('refuses a bad --concurrency', () => {
    const run = runCli(['--concurrency', 'many', 'fixtures/examples'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/expected a number of threads \(1 or more\), auto or off/)
    expect(runCli(['--cache-location', 'x', 'fixtures/examples']).stderr).toMatch(/--cache-location only makes sense with --cache/)
  })
})
