import { describe, expect, it } from 'vitest'
import type { Document } from '../../src/model/types.js'
import type { StatedCount } from '../../src/model/number-types.js'
import { modelOf } from '../helpers/fixtures.js'
import { historyFindingsOf, historyRuleCases } from '../helpers/history-rule-cases.js'
import { statedCount } from '../helpers/stated-count.js'

historyRuleCases('unbacked-progress')

// Stated numbers come from the numbers extractor (doc.counts); here they are given by hand.
const TEXT = (search: string) => `# Status\n\n## Summary\n\n- Complete: see below\n- Missing: see below\n\n## Items\n\n### Login ✅\n### Search ${search}\n`
const count = statedCount
const doc = (search: string, counts: StatedCount[]): Document => ({ ...modelOf(TEXT(search)), counts })

describe('unbacked-progress on stated numbers', () => {
  it('fires when a number improved while none of the items it counts changed', () => {
    const before = doc('❌', [count('Complete', 1, 5, { status: 'done' }), count('Missing', 1, 6, { status: 'todo' })])
    const after = doc('❌', [count('Complete', 2, 5, { status: 'done' }), count('Missing', 0, 6, { status: 'todo' })])
    const found = historyFindingsOf('unbacked-progress', before, after)
    expect(found.map((f) => [f.messageId, f.line, f.message, f.related.map((r) => `${r.path}:${r.line}`)])).toEqual([
      ['number', 5, 'Unexpected change of `Complete` from 1 to 2 since `HEAD~1`: none of the items it counts changed', ['HEAD~1:input.md:5']],
      ['number', 6, 'Unexpected change of `Missing` from 1 to 0 since `HEAD~1`: none of the items it counts changed', ['HEAD~1:input.md:6']],
    ])
  })

  it('is silent when the items moved with it, and when the number got worse', () => {
    const backed = historyFindingsOf('unbacked-progress',
      doc('❌', [count('Complete', 1, 5, { status: 'done' })]), doc('✅', [count('Complete', 2, 5, { status: 'done' })]))
    const worse = historyFindingsOf('unbacked-progress',
      doc('❌', [count('Overall', 50, 5, { kind: 'percent' })]), doc('❌', [count('Overall', 40, 5, { kind: 'percent' })]))
    expect([...backed, ...worse]).toEqual([])
  })
})
