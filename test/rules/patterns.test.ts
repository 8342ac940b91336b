import { describe, expect, it } from 'vitest'
import { findingsOf } from '../helpers/fixtures.js'

// Patterns from real status pages where one rule must stay silent while another rightly fires,
// so they cannot be silent-* fixtures (those require every rule to be silent).
describe('one rule silent where another fires', () => {
  it('two markers that disagree are a marker conflict, and the item partly done, not misfiled', () => {
    const text = ['# Audit', '', '## SUMMARY OF MISSING FEATURES', '', '1. ✅❌ **Visit Entry Form** - clinical data entry', ''].join('\n')
    expect(findingsOf('section-conflict', text)).toEqual([])
    expect(findingsOf('marker-conflict', text).map((f) => [f.line, f.message])).toEqual([[5, 'Unexpected `❌` with `✅`: `✅` says `done`, `❌` says `todo`']])
  })

  it('plan-conflict ignores a ✅ whose own words say it is not done', () => {
    const text = ['| Module | Status |', '|---|---|', '| Billing | 🟡 Partial |', '', '## Next steps', '1. Complete Billing', '',
      '## Summary', '- ✅ Billing - 30% complete (schema only)', ''].join('\n')
    expect(findingsOf('plan-conflict', text)).toEqual([])
    expect(findingsOf('marker-conflict', text).map((f) => f.line)).toEqual([9])
  })
})
