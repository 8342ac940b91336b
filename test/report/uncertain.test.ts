import { describe, expect, it } from 'vitest'
import { formatters } from '../../src/report/all.js'
import { runCli } from '../helpers/cli.js'
import { makeContext, makeDocument, makeFinding, makeResult } from '../helpers/build.js'

const ctx = makeContext()

const sure = makeFinding({ line: 3, message: 'Unexpected status `todo` for `Login`, line 2 says `done`' })
const unsure = makeFinding({ line: 9, message: 'Unexpected status `todo` for `Form`, line 5 says `done`', confidence: 'medium' })
const result = makeResult({ documents: [makeDocument()], findings: [sure, unsure] })

describe('uncertain findings in every format', () => {
  it('counts them apart from errors and warnings', () => {
    expect(result.totals).toMatchObject({ errors: 1, warnings: 0, uncertain: 1 })
  })

  it.each(['pretty', 'compact', 'github', 'markdown', 'junit', 'checkstyle'] as const)('%s marks the uncertain one, and only it', (format) => {
    const out = formatters[format](result, ctx)
    const lines = out.split('\n')
    expect(lines.filter((l) => l.includes('`Form`') && l.includes('uncertain')).length).toBeGreaterThan(0)
    expect(lines.filter((l) => l.includes('`Login`') && l.includes('uncertain'))).toEqual([])
  })

  it('json carries confidence on each finding', () => {
    const out = JSON.parse(formatters.json(result, ctx)) as { findings: { confidence: string }[] }
    expect(out.findings.map((f) => f.confidence)).toEqual(['high', 'medium'])
  })

  it('sarif carries it as properties.precision, gitlab as severity info', () => {
    const sarif = JSON.parse(formatters.sarif(result, ctx)) as { runs: { results: { properties: { precision: string } }[] }[] }
    expect(sarif.runs[0]!.results.map((r) => r.properties.precision)).toEqual(['high', 'medium'])
    const gitlab = JSON.parse(formatters.gitlab(result, ctx)) as { severity: string }[]
    expect(gitlab.map((g) => g.severity)).toEqual(['major', 'info'])
  })
})

describe('--include-uncertain', () => {
  // "Patient Form" is done and todo only by the labels of the sections it is listed under.
  const doc = '# Frontend\n\n## ✅ Completed\n\n1. **Patient Form** - registration works\n\n## ❌ Missing\n\n1. **Patient Form** - emergency contacts\n'

  it('by default leaves uncertain findings out, says so, and passes', () => {
    const r = runCli(['--format', 'compact', '-', '--stdin-filename', 'STATUS.md'], { input: doc })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const json = JSON.parse(runCli(['--format', 'json', '-'], { input: doc }).stdout) as { findings: unknown[]; totals: { uncertain: number } }
    expect([json.findings.length, json.totals.uncertain]).toEqual([0, 1])
    expect(runCli(['-', '--stdin-filename', 'STATUS.md'], { input: doc }).stdout).toContain('1 uncertain finding not shown (--include-uncertain)')
  })

  it('shows them marked, and the exit code still counts only sure findings', () => {
    const r = runCli(['--format', 'compact', '--include-uncertain', '-', '--stdin-filename', 'STATUS.md'], { input: doc })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('STATUS.md:9:1: error Unexpected status `todo` for `Patient Form`, line 5 says `done` (uncertain; see line 5) [status-conflict]\n')
  })
})
