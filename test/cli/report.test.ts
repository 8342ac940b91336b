import { describe, expect, it } from 'vitest'
import { runResultSchema } from '../../src/contract/result.js'
import { runCli, sandbox } from '../helpers/cli.js'

const EXAMPLES = 'fixtures/examples'
const tableLine = /^[┌├│└]/

describe('the default pretty report on the two examples, at 80 columns', () => {
  const out = runCli([EXAMPLES], { env: { COLUMNS: '80' } })
  const lines = out.stdout.split('\n')
  const { findings } = runResultSchema.parse(JSON.parse(runCli(['--format', 'json', EXAMPLES]).stdout))

  it('prints under 80 lines, and no line of a table is wider than 80 columns', () => {
    expect(out.code).toBe(1)
    expect(findings.length).toBe(28)
    expect(lines.length - 1).toBeLessThan(80)
    const tables = lines.filter((l) => tableLine.test(l))
    expect(tables.length).toBeGreaterThan(0)
    for (const line of tables) expect([...line].length, line).toBeLessThanOrEqual(80)
  })

  it('still shows every finding with both sides: its line, and each related line under it', () => {
    let at = 0
    for (const f of findings) {
      const head = lines.findIndex((l, n) => n >= at && l.includes(`${f.line}:${f.column}  `) && l.trimEnd().endsWith(f.ruleId))
      expect(head, `${f.path}:${f.line} ${f.ruleId}`).toBeGreaterThan(-1)
      // The ↳ line follows the finding, or the run of findings that share it.
      const related = lines.slice(head + 1).find((l) => l.trimStart().startsWith('↳'))
      for (const r of f.related) expect(related, `${f.line} → ${r.line}`).toContain(`${r.line}:${r.column} ${r.message}`)
      at = head + 1
    }
  })

  it('gives a status line per document and a table of the disputed items and those findings name', () => {
    expect(lines).toContain('20 items: 13 done, 0 partial, 1 todo, 6 disputed')
    expect(lines).toContain('78 items: 36 done, 12 partial, 30 todo, 0 disputed')
    const rows = lines.filter((l) => l.startsWith('│ ') && !l.startsWith('│ Item '))
    expect(rows.length).toBe(3 + 8)
    expect(rows.filter((l) => l.includes('disputed'))).toHaveLength(6)
    expect(out.stdout).not.toContain('Command Library')
  })
})

describe('--report', () => {
  it('full shows every item and the stated numbers beside the recomputed ones; findings neither', () => {
    const full = runCli(['--report', 'full', EXAMPLES]).stdout
    expect(full).toMatch(/│ Command Library +│ done L90 +│ done +│/)
    expect(full).toContain('Stated vs recomputed')
    const findings = runCli(['--report', 'findings', EXAMPLES]).stdout
    expect(findings).not.toMatch(/^[┌│└]|items:/m)
    expect(findings).toContain('status-conflict')
  })

  it('takes only its three levels', () => {
    const bad = runCli(['--report', 'some', EXAMPLES])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--report <level>' argument 'some' is invalid\. Allowed choices are findings, summary, full/)
  })

  it('fits the tables to COLUMNS when it is set, and draws them whole when not', () => {
    const narrow = runCli([EXAMPLES], { env: { COLUMNS: '60' } }).stdout.split('\n').filter((l) => tableLine.test(l))
    for (const line of narrow) expect([...line].length).toBeLessThanOrEqual(60)
    const wide = runCli([EXAMPLES]).stdout
    expect(wide).toContain('│ Zero-Downtime Deployment Strategy │')
  })
})

describe('the totals line of a run that exits 2', () => {
  it('says what went wrong, in red, never a green ✔: a missing file, a glob with no match, a line too long', () => {
    const cwd = sandbox({ 'docs/long.md': `# Long\n\n${'word '.repeat(30_000)}\n` })
    for (const [args, wrong] of [[['nope.md'], 'nope.md: No such file or directory'], [['docs/none-*.md'], 'No files match'], [['docs/long.md'], 'not analysed']] as const) {
      const run = runCli(['--color', 'docs/clean.md', ...args], { cwd })
      expect(run.code, args[0]).toBe(2)
      expect(run.stdout).toContain(wrong)
      const last = run.stdout.trimEnd().split('\n').at(-1)!
      expect(last, args[0]).toBe(`\x1b[31m\x1b[1m✖ 1 input error, no problems in ${args[0] === 'docs/long.md' ? 2 : 1} file${args[0] === 'docs/long.md' ? 's' : ''}\x1b[22m\x1b[39m`)
    }
  })
})
