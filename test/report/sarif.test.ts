import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { FINGERPRINT_KEY, sarif } from '../../src/report/sarif.js'
import { ruleCatalog } from '../../src/rules/catalog.js'
import { audit } from '../helpers/api.js'
import { HOSTILE, makeContext, makeFinding, makeResult } from '../helpers/build.js'

const REPO = resolve(import.meta.dirname, '../..')
// The seeds (fixtures/examples holds them byte for byte) and the official schema
// (fixtures/schemas/SOURCES.md), both in the repository so that the test runs in any clone.
const FIXTURES = resolve(REPO, 'fixtures')
const schema = JSON.parse(readFileSync(join(FIXTURES, 'schemas/sarif-schema-2.1.0.json'), 'utf8')) as object
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats.default(ajv)
const validate = ajv.compile(schema)

interface Log {
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } }
    results: {
      ruleId: string; ruleIndex?: number; level: string; message: { text: string }
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[]
      relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } ; region: { startLine: number } }; message: { text: string } }[]
      partialFingerprints: Record<string, string>
    }[]
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[]
  }[]
}

const valid = (text: string): Log => {
  const log = JSON.parse(text) as Log
  expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
  return log
}

describe('sarif formatter on the seeds', async () => {
  const result = await audit({ paths: ['examples/remaining-items.md', 'examples/codebase-review.md'], cwd: FIXTURES })
  const log = valid(sarif(result, makeContext({ cwd: FIXTURES, root: FIXTURES, rules: ruleCatalog, toolVersion: '1.2.3' })))
  const [run] = log.runs

  it('validates against the SARIF 2.1.0 schema (which does reject a broken log)', () => {
    expect(run?.results.length).toBeGreaterThan(5)
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ message: {} }] }] })).toBe(false)
  })

  it('describes the tool and every rule with id, descriptions and default level', () => {
    const driver = run!.tool.driver
    expect(driver).toMatchObject({ name: 'audit-reconcile', version: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) })
    expect(driver.rules.map((r) => r.id)).toEqual(ruleCatalog.map((r) => r.id))
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text).not.toBe('')
      expect(rule.help.text).not.toBe('')
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level)
    }
    for (const r of run!.results) expect(driver.rules[r.ruleIndex!]?.id).toBe(r.ruleId)
  })

  it('uses repository-relative URIs under %SRCROOT%, never absolute ones', () => {
    const uris = run!.results.flatMap((r) => [...r.locations, ...(r.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation.uri))
    expect(new Set(uris)).toEqual(new Set(['examples/remaining-items.md', 'examples/codebase-review.md']))
    expect(run!.results.every((r) => r.locations[0]?.physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')).toBe(true)
    expect(JSON.stringify(log)).not.toContain('file:')
  })

  it('carries the other side of a conflict as related locations', () => {
    const conflict = run!.results.find((r) => r.ruleId === 'status-conflict' && r.message.text.includes('Grafana'))
    expect(conflict?.relatedLocations?.map((l) => l.physicalLocation.region.startLine)).toContain(32)
  })
})

describe('sarif fingerprints', () => {
  const fingerprintsOf = async (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ar-sarif-'))
    writeFileSync(join(dir, 'STATUS.md'), text)
    const log = valid(sarif(await audit({ paths: ['STATUS.md'], cwd: dir }), makeContext({ cwd: dir, root: dir })))
    return log.runs[0]!.results.map((r) => ({ rule: r.ruleId, line: r.locations[0]!.physicalLocation.region.startLine, print: r.partialFingerprints[FINGERPRINT_KEY] }))
  }
  const seed = readFileSync(join(FIXTURES, 'examples/remaining-items.md'), 'utf8')

  it('stay the same when lines are inserted above the findings', async () => {
    const before = await fingerprintsOf(seed)
    const after = await fingerprintsOf(`Preface paragraph.\n\nAnother one,\nover two lines.\n\n${seed}`)
    expect(before.length).toBeGreaterThan(5)
    expect(after.map((r) => r.print)).toEqual(before.map((r) => r.print))
    expect(after.map((r) => r.line)).toEqual(before.map((r) => r.line + 5))
  })

  it('are distinct for every result', async () => {
    const prints = (await fingerprintsOf(seed)).map((r) => r.print)
    expect(new Set(prints).size).toBe(prints.length)
  })
})

describe('sarif formatter on hand-built results', () => {
  it('percent-encodes URIs, strips control characters, and reports unreadable files', () => {
    const log = valid(sarif(makeResult({
      findings: [makeFinding({ path: '/repo/docs/a b:c%.md', message: HOSTILE })],
      errors: [{ path: 'gone.md', message: 'No such file or directory' }],
    }), makeContext()))
    const [result] = log.runs[0]!.results
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('docs/a%20b%3Ac%25.md')
    expect(result?.message.text).toBe('a%25 b:c,d|e <x&y> "q"\nnext\nline\tcol red link bell\uFFFD')
    expect(log.runs[0]!.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'No such file or directory' } }] })
  })

  it('omits ruleIndex for a rule the context does not list', () => {
    const log = valid(sarif(makeResult({ findings: [makeFinding()] }), makeContext()))
    expect(log.runs[0]!.results[0]?.ruleIndex).toBeUndefined()
  })
})
