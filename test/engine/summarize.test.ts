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
  '**Files Updated:** 5 files', '- 2 route files', '- 2 service files', '',
].join('\n')

describe('summarize', () => {
  const { summary } = checkDocument(modelOf(doc)).entry

  it('lists every stated number with the value recomputed from the items or its parts, and what those were', () => {
    const backend = 'the 2 items listed under `Backend Gaps` (line 3)'
    const frontend = 'the item listed under `Frontend Gaps` (line 10)'
    expect(summary.stated).toEqual([
      { subject: 'Backend', status: 'done', kind: 'count', value: 2, line: 18, recomputed: 1, against: backend },
      { subject: 'Backend', status: 'todo', kind: 'count', value: 0, line: 18, recomputed: 1, against: backend },
      { subject: 'Backend', kind: 'count', value: 2, line: 18, recomputed: 2, against: backend },
      { subject: 'Frontend', status: 'done', kind: 'count', value: 1, line: 19, recomputed: 1, against: frontend },
      { subject: 'Frontend', status: 'todo', kind: 'count', value: 0, line: 19, recomputed: 0, against: frontend },
      { subject: 'Frontend', kind: 'count', value: 1, line: 19, recomputed: 1, against: frontend },
      { subject: 'Total items', kind: 'count', value: 3, line: 21, recomputed: 3, against: 'the counts of the entries that follow (line 22)' },
      { subject: 'Done', status: 'done', kind: 'count', value: 3, line: 22 },
      { subject: 'Done', status: 'done', kind: 'percent', value: 100, line: 22, recomputed: 100, against: 'its count over its whole (3 of 3)' },
      // A breakdown is listed with what it was added up from, though no stated count of the line was recomputed.
      { subject: 'Files Updated', kind: 'count', value: 5, line: 28, recomputed: 4, against: 'the entries of the list below (2 + 2)' },
    ])
  })

  it('fits the JSON contract', () => {
    expect(() => summarySchema.parse(summary)).not.toThrow()
  })
})
