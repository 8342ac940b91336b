import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../src/model/languages.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { runCli, sandbox } from '../helpers/cli.js'

// fixtures/languages/<code>/fires-contradictions: a status page of our own in each language with the
// four contradictions of the seeds (heading ✅ vs table ❌, a total that does not add up, a plan entry
// for a done item, a verdict over open items); silent-consistent: the same page made consistent.
// Run through the built CLI, where the tables are read from dist/ and the stemmers from node_modules.
interface Expected { ruleId: string; messageId: string; line: number; related: number[]; items: string[] }
interface JsonFinding { path: string; ruleId: string; messageId: string; line: number; related: { line: number }[]; items: string[]; message: string }

const root = join(FIXTURES, 'languages')
const codes = readdirSync(root).sort()

describe('status pages in every language of the vocabulary', () => {
  const run = runCli(['--no-config', '--include-uncertain', '--format', 'json', 'fixtures/languages'])
  const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings
  const of = (path: string) => findings.filter((f) => f.path === path)

  it('has a fixture pair for each language', () => {
    expect(codes).toEqual([...LANGUAGES].sort())
  })

  for (const code of codes) {
    it(`${code}: reports each contradiction with the lines of both sides`, () => {
      const path = `fixtures/languages/${code}/fires-contradictions/input.md`
      const expected = JSON.parse(readFileSync(join(root, code, 'fires-contradictions/expected.json'), 'utf8')) as Expected[]
      const got = of(path).map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.line, related: f.related.map((r) => r.line), items: f.items }))
      expect(got).toEqual(expected)
    })

    it(`${code}: reports nothing on the consistent page`, () => {
      expect(of(`fixtures/languages/${code}/silent-consistent/input.md`).map((f) => `${f.line}: ${f.message}`)).toEqual([])
    })
  }

  it('words its messages in English and quotes the document', () => {
    const verdict = of('fixtures/languages/ru/fires-contradictions/input.md').find((f) => f.ruleId === 'overall-claim')
    expect(verdict?.message).toBe('Unexpected verdict `ВСЕ ЗАДАЧИ ВЫПОЛНЕНЫ`: 2 items are not done (`Регистрация заявок`, `Уведомления в мессенджере`)')
  })
})

describe('the language config key', () => {
  const page = readFileSync(join(root, 'pt/fires-contradictions/input.md'), 'utf8')
  const rules = (dir: string) => (JSON.parse(runCli(['--format', 'json', 'STATUS.md'], { cwd: dir }).stdout) as { findings: JsonFinding[] }).findings.map((f) => f.ruleId)

  it('forces the languages a document is read in', () => {
    expect(rules(sandbox({ 'STATUS.md': page }))).toEqual(['status-conflict', 'count-mismatch', 'plan-conflict', 'overall-claim'])
    // Read as English only, the Portuguese verdict and plan words are not known; the markers still are.
    expect(rules(sandbox({ 'STATUS.md': page, '.audit-reconcile.json': '{ "language": "en" }' }))).toEqual(['status-conflict', 'count-mismatch'])
    expect(rules(sandbox({ 'STATUS.md': page, '.audit-reconcile.json': '{ "language": ["pt", "en"] }' }))).toHaveLength(4)
  })

  it('names a language it has no table for', () => {
    const run = runCli(['STATUS.md'], { cwd: sandbox({ 'STATUS.md': page, '.audit-reconcile.json': '{ "language": "xx" }' }) })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('.audit-reconcile.json: language:')
  })
})
