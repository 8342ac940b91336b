import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/engine/analyse.js'
import { summarySchema } from '../../src/contract/result.js'
import { modelOf } from '../helpers/fixtures.js'

const doc = [
  '# Status', '',
  '## Backend Gaps', '', '| Item | Status |', '|---|---|', '| Login | ✅ Done |', '| Export | ❌ Missing |', '',
  '## Frontend Gaps', '', '- ✅ Profile page', '',
  '## Summary', '', '| Area | Done | Missing | Total |', '|---|---|---|---|',
  '| Backend | 2 | 0 | 2 |', '| Frontend | 1 | 0 | 1 |', '',
  '**Total items: 3**', '- **Done:** 3 (100%)', '',
  'Other numbers:', '', '- Coverage rate: 80% of lines', '',
].join('\n')

describe('summarize', () => {
  const { summary } = checkDocument(modelOf(doc)).entry

  it('lists every stated number with the value recomputed from the items or its parts', () => {
    expect(summary.stated).toEqual([
      { subject: 'Backend', status: 'done', kind: 'count', value: 2, line: 18, recomputed: 1 },
      { subject: 'Backend', status: 'todo', kind: 'count', value: 0, line: 18, recomputed: 1 },
      { subject: 'Backend', kind: 'count', value: 2, line: 18, recomputed: 2 },
      { subject: 'Frontend', status: 'done', kind: 'count', value: 1, line: 19, recomputed: 1 },
      { subject: 'Frontend', status: 'todo', kind: 'count', value: 0, line: 19, recomputed: 0 },
      { subject: 'Frontend', kind: 'count', value: 1, line: 19, recomputed: 1 },
      { subject: 'Total items', kind: 'count', value: 3, line: 21, recomputed: 3 },
      { subject: 'Done', status: 'done', kind: 'count', value: 3, line: 22 },
      { subject: 'Done', status: 'done', kind: 'percent', value: 100, line: 22, recomputed: 100 },
    ])
  })

  it('fits the JSON contract', () => {
    expect(() => summarySchema.parse(summary)).not.toThrow()
  })
})
