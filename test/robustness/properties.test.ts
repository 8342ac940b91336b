import fc from 'fast-check'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { analyseBytes, analyseSource, type DocumentResult } from '../../src/engine/analyse.js'
import { applyFixes } from '../../src/fix/apply-fixes.js'
import { extractDocument } from '../../src/model/extract/index.js'
import type { Span } from '../../src/contract/span.js'
import { decode } from '../../src/parse/decode.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { formatters } from '../../src/report/all.js'
import { runResultSchema } from '../../src/contract/result.js'
import { rules } from '../../src/rules/index.js'
import { audit } from '../helpers/api.js'
import { anyBytes, markdownBytes, markdownText } from '../helpers/markdown-arbitrary.js'
import { fcParams } from './fc-params.js'

// Runs per property: a fixed number from a fixed seed in `npm test`; see fc-params.ts.
const params = fcParams(60)
const RUNS = params.numRuns
let ran = 0

afterAll(() => {
  console.log(`robustness properties: ${ran} generated inputs checked (${RUNS} runs per property; FC_RUNS and FC_SEED to change)`)
})

/** Whether a span lies inside a document of `lines` lines, start before end. */
function inside(span: Span, lines: number): boolean {
  return span.line >= 1 && span.column >= 1 && span.endLine >= span.line && span.endLine <= lines &&
    span.endColumn >= 1 && (span.endLine > span.line || span.endColumn >= span.column)
}

/** Everything a run of one document gives, as text, to compare two runs. */
function fingerprint(result: DocumentResult | undefined): string {
  return JSON.stringify(result && { findings: result.findings, entry: result.entry, skipped: result.skipped })
}

/** The properties every input must have: no throw, findings inside the document, the same twice. */
function checkBytes(bytes: Uint8Array): void {
  ran++
  const result = analyseBytes(bytes, 'doc.md')
  if (result === undefined) return
  const lines = result.document.lineCount
  for (const f of result.findings) {
    expect(inside(f, lines), `${f.ruleId} at ${JSON.stringify(f)} outside ${lines} lines`).toBe(true)
    for (const r of f.related) expect(inside(r, lines), `${f.ruleId} related ${JSON.stringify(r)} outside ${lines} lines`).toBe(true)
  }
  for (const item of result.entry.items) for (const c of item.claims) expect(c.line).toBeLessThanOrEqual(lines)
  expect(fingerprint(analyseBytes(bytes, 'doc.md'))).toBe(fingerprint(result))
}

describe('analyseBytes on generated input', () => {
  it(`documents from the status grammar (${RUNS} runs)`, () => {
    fc.assert(fc.property(markdownText, (text) => checkBytes(new Uint8Array(Buffer.from(text)))), params)
  })

  it(`the grammar's documents as UTF-16, Latin-1, with BOM and with broken bytes (${RUNS} runs)`, () => {
    fc.assert(fc.property(markdownBytes, checkBytes), params)
  })

  it(`random bytes (${RUNS} runs)`, () => {
    fc.assert(fc.property(anyBytes, checkBytes), params)
  })

  it(`analyseSource never throws and names the file in every message (${RUNS} runs)`, () => {
    fc.assert(fc.property(fc.oneof(markdownBytes, anyBytes), (bytes) => {
      ran++
      const outcome = analyseSource(bytes, 'named.md')
      for (const e of outcome.errors) expect(e.path).toBe('named.md')
      expect(outcome.result !== undefined || outcome.errors.length > 0).toBe(true)
    }), params)
  })
})

describe('the whole pipeline on generated input', () => {
  it(`audit() output matches the JSON contract, and pretty output holds no control character (${RUNS} runs)`, async () => {
    const meta = rules.map((r) => r.meta)
    await fc.assert(fc.asyncProperty(fc.oneof(markdownBytes, anyBytes), async (bytes) => {
      ran++
      const result = await audit({ paths: ['-'], stdin: bytes, stdinFilename: 'in.md' })
      runResultSchema.parse(JSON.parse(formatters.json(result, { cwd: '/', color: false, rules: meta, toolVersion: '0' })))
      const pretty = formatters.pretty(result, { cwd: '/', color: false, rules: meta, toolVersion: '0' })
      expect(pretty).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    }), params)
  })
})

describe('parsing in pieces', () => {
  it(`gives the same document model as parsing whole (${RUNS} runs, pieces of 40 characters)`, () => {
    fc.assert(fc.property(markdownText, (text) => {
      ran++
      const decoded = decode(new Uint8Array(Buffer.from(text)))
      if (decoded.kind !== 'text') return
      const { text: t, encoding } = decoded.decoded
      const whole = extractDocument(parseMarkdown(t), { path: 'a.md', text: t, encoding })
      const pieces = extractDocument(parseMarkdown(t, 40), { path: 'a.md', text: t, encoding })
      expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole))
    }), params)
  })
})

describe('--fix', () => {
  it(`applied twice equals applied once, and changes no line count (${RUNS} runs)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-reconcile-fix-'))
    const file = join(dir, 'doc.md')
    const fixOnce = async () => {
      const result = await audit({ paths: ['doc.md'], cwd: dir })
      await applyFixes(result, { cwd: dir, dryRun: false })
      return readFileSync(file)
    }
    await fc.assert(fc.asyncProperty(markdownBytes, async (bytes) => {
      ran++
      writeFileSync(file, bytes)
      const once = await fixOnce()
      const twice = await fixOnce()
      expect(Buffer.compare(twice, once)).toBe(0)
      const lines = (b: Uint8Array) => b.filter((c) => c === 10).length
      expect(lines(once)).toBe(lines(bytes))
    }), { ...params, numRuns: Math.min(RUNS, 40) })
  })
})
