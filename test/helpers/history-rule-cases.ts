import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffDocuments } from '../../src/model/history/diff.js'
import { checkPairs } from '../../src/history/since.js'
import type { Document } from '../../src/model/types.js'
import { historyRules } from '../../src/rules/index.js'
import type { VersionPair } from '../../src/rules/types.js'
import type { Finding, RuleId } from '../../src/contract/result.js'
import { listCases, modelOf, shape } from './fixtures.js'

/** Findings of one history rule on two versions of a document, through the real runner. */
export function historyFindingsOf(ruleId: RuleId, before: Document, after: Document): Finding[] {
  const pair: VersionPair = { since: 'HEAD~1', beforeRef: 'HEAD~1:input.md', diff: diffDocuments(before, after, 'strict') }
  const off = Object.fromEntries(historyRules.filter((r) => r.meta.id !== ruleId).map((r) => [r.meta.id, 'off' as const]))
  return checkPairs([pair], { rules: off })
}

/**
 * Runs every fixture case of a history rule: each case holds `before.md` (the version at the
 * revision) and `input.md` (the current one); fires-* must match expected.json, silent-* find nothing.
 */
export function historyRuleCases(ruleId: RuleId): void {
  const cases = listCases(`rules/${ruleId}`)
  describe(ruleId, () => {
    it('has a fires-* and a silent-* case', () => {
      expect(cases.some((c) => c.name.startsWith('fires-'))).toBe(true)
      expect(cases.some((c) => c.name.startsWith('silent-'))).toBe(true)
    })
    for (const c of cases) {
      it(c.name, () => {
        const before = modelOf(readFileSync(join(c.dir, 'before.md')), 'HEAD~1:input.md')
        const findings = historyFindingsOf(ruleId, before, modelOf(c.input))
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
