const clone = structuredClone
import { describe, expect, it } from 'vitest'
import { shareStrings } from '../../src/workers/share-strings.js'

// Outcomes from worker threads arrive through a structured clone; sharing their strings must
// leave every value as it was.
describe('shareStrings', () => {
  it('leaves plain data equal to what it was, nested arrays and objects, absent and odd values included', () => {
    const outcome = {
      findings: [{ ruleId: 'status-conflict', line: 3, related: [{ message: 'done here', path: 'a.md' }], fix: undefined, items: ['done', 'done'] }],
      entry: { path: 'a.md', items: [{ status: 'done', claims: [{ status: 'done', raw: '✅ Done', percent: 0 }] }] },
      checks: [['src/x.ts', true, undefined], ['y.md', false, false]],
      long: 'x'.repeat(1000),
      empty: '',
      none: null,
    }
    const copy = clone(outcome)
    const table = new Map<string, string>()
    expect(shareStrings(copy, table)).toBe(copy)
    expect(copy).toStrictEqual(outcome)
    expect(Object.keys(copy.findings[0]!)).toEqual(Object.keys(outcome.findings[0]!))
  })

  it('keeps one entry per distinct short string of a run, and none for long ones', () => {
    const table = new Map<string, string>()
    shareStrings(clone({ a: ['done', 'todo', 'done'], b: { c: 'done' } }), table)
    shareStrings(clone(['todo', 'y'.repeat(300)]), table)
    expect([...table.keys()].sort()).toEqual(['done', 'todo'])
  })
})
