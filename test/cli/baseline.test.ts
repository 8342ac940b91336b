import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baselineSchema } from '../../src/contract/baseline.js'
import { REPO, runCli, sandbox } from '../helpers/cli.js'

const SEED = readFileSync(join(REPO, 'fixtures/examples/remaining-items.md'))

describe('baseline round trip', () => {
  const cwd = sandbox()
  const status = join(cwd, 'docs/STATUS.md')
  writeFileSync(status, SEED)
  const run = (...args: string[]) => runCli(args, { cwd })

  it('fails without a baseline, then --write-baseline records every finding and passes', () => {
    const before = run('--format', 'json', 'docs/STATUS.md')
    expect(before.code).toBe(1)
    const count = (JSON.parse(before.stdout) as { findings: unknown[] }).findings.length
    expect(count).toBeGreaterThan(10)
    expect(run('--write-baseline', '.audit-baseline.json', 'docs/STATUS.md')).toEqual({
      code: 0, stdout: `✔ No problems in 1 file, ${count} findings suppressed by the baseline\n`, stderr: '',
    })
    const baseline = baselineSchema.parse(JSON.parse(readFileSync(join(cwd, '.audit-baseline.json'), 'utf8')))
    expect(baseline.findings.reduce((n, f) => n + f.count, 0)).toBe(count)
    expect(baseline.findings.every((f) => f.path === 'docs/STATUS.md' && !/line \d/.test(f.message))).toBe(true)
  })

  it('still suppresses every finding after lines are inserted above them, from any directory', () => {
    writeFileSync(status, Buffer.concat([Buffer.from('> Reviewed weekly.\n\nSee also the roadmap.\n\n'), SEED]))
    const after = run('--baseline', '.audit-baseline.json', 'docs/STATUS.md')
    expect(after.code).toBe(0)
    expect(after.stdout).toMatch(/^✔ No problems in 1 file, \d+ findings suppressed by the baseline\n$/)
    expect(runCli(['--baseline', '../.audit-baseline.json', 'STATUS.md'], { cwd: join(cwd, 'docs') }).code).toBe(0)
  })

  it('reports a new contradiction, and only what is new, with exit 1', () => {
    const extra = '\n### Quantum Widget ✅\n- **Status:** ✅ FULLY IMPLEMENTED\n\n## Widget tracking\n\n| Feature | Status |\n|---|---|\n| Quantum Widget | ❌ Not Implemented |\n'
    writeFileSync(status, Buffer.concat([readFileSync(status), Buffer.from(extra)]))
    const after = run('--baseline', '.audit-baseline.json', '--format', 'json', 'docs/STATUS.md')
    expect(after.code).toBe(1)
    const { findings, baseline } = JSON.parse(after.stdout) as { findings: { ruleId: string; message: string; items: string[] }[]; baseline: { suppressed: number } }
    expect(findings.find((f) => f.ruleId === 'status-conflict')?.message).toMatch(/^Unexpected status `todo` for `Quantum Widget`, line \d+ says `done`$/)
    // Nothing recorded comes back, except the verdict, whose list of unfinished items now includes the new one.
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['overall-claim', 'status-conflict'])
    expect(findings.every((f) => f.items.includes('Quantum Widget'))).toBe(true)
    expect(baseline.suppressed).toBeGreaterThan(10)
  })

  it('refuses a missing or malformed baseline with exit 2', () => {
    expect(run('--baseline', 'nope.json', 'docs/STATUS.md')).toMatchObject({ code: 2, stderr: 'audit-reconcile: nope.json: baseline file not found (create it with --write-baseline nope.json)\n' })
    writeFileSync(join(cwd, 'bad.json'), '{"version": 2}')
    expect(run('--baseline', 'bad.json', 'docs/STATUS.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('bad.json: not a baseline file') })
  })
})
