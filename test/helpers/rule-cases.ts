import { describe, expect, it } from 'vitest'
import type { RuleId } from '../../src/contract/result.js'
import { findingsOf, listCases, shape } from './fixtures.js'

/** Runs every fixture case of a rule: fires-* cases must match expected.json, silent-* must find nothing. */
export function ruleCases(ruleId: RuleId): void {
  const cases = listCases(`rules/${ruleId}`)
  describe(ruleId, () => {
    it('has a fires-* and a silent-* case', () => {
      expect(cases.some((c) => c.name.startsWith('fires-'))).toBe(true)
      expect(cases.some((c) => c.name.startsWith('silent-'))).toBe(true)
    })
    for (const c of cases) {
      it(c.name, () => {
        const findings = findingsOf(ruleId, c.input)
        if (c.name.startsWith('silent-')) {
          expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual([])
          return
        }
        const expected = c.expected ?? []
        expect(expected.length, 'a fires-* case needs expected.json').toBeGreaterThan(0)
        expect(findings.map((f, i) => shape(f, expected[i] ?? { messageId: '', line: 0 }))).toEqual(expected)
      })
    }
  })
}
