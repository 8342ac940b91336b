import { describe, expect, it } from 'vitest'
import { json } from '../../src/report/json.js'
import { runResultSchema } from '../../src/contract/result.js'
import type { FormatContext } from '../../src/report/types.js'
import { makeDocument, makeFinding, makeItem, makeResult } from '../helpers/build.js'

const ctx: FormatContext = { cwd: '/repo', color: false, rules: [], toolVersion: '0.0.0' }

describe('json formatter', () => {
  const result = makeResult({
    documents: [makeDocument({ items: [makeItem({ name: 'Grafana' })] })],
    findings: [makeFinding({ line: 24, related: [{ path: 'docs/STATUS.md', line: 118, column: 3, endLine: 118, endColumn: 9, message: 'here' }] })],
    errors: [{ path: 'missing.md', message: 'File not found' }],
  })

  it('prints JSON that parses and validates against runResultSchema', () => {
    const out = json(result, ctx)
    expect(out.endsWith('}\n')).toBe(true)
    const parsed: unknown = JSON.parse(out)
    expect(runResultSchema.parse(parsed)).toEqual(result)
  })

  it('is indented by two spaces', () => {
    expect(json(result, ctx).split('\n')[1]).toBe('  "schemaVersion": 1,')
  })

  it('keeps control characters as JSON escapes, never raw', () => {
    const out = json(makeResult({ findings: [makeFinding({ message: 'a\x1b[31mred\x07' })] }), ctx)
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f]/)
    expect(out).toContain('a\\u001b[31mred\\u0007')
    expect((JSON.parse(out) as { findings: { message: string }[] }).findings[0]?.message).toBe('a\x1b[31mred\x07')
  })
})
