import { describe, expect, it } from 'vitest'
import type { StatedCount } from '../../src/model/number-types.js'
import { parseCounts } from '../../src/model/extract/counts.js'
import { defaultVocabulary } from '../../src/model/vocabulary.js'
import { modelOf } from '../helpers/fixtures.js'

/** The stated numbers of a document, in a compact form: line, kind, subject, status, value and extras. */
function counts(markdown: string): Partial<StatedCount>[] {
  return modelOf(markdown).counts.map((c) => ({
    line: c.span.line, kind: c.kind, subject: c.subject, value: c.value,
    ...(c.status ? { status: c.status } : {}),
    ...(c.approximate ? { approximate: true } : {}),
    ...(c.overall ? { overall: true } : {}),
    ...(c.of !== undefined ? { of: c.of } : {}),
    ...(c.ratio ? { ratio: { count: c.ratio.count, of: c.ratio.of } } : {}),
    ...(c.list ? { list: { entries: c.list.entries, done: c.list.done, sum: c.list.sum } } : {}),
    ...(c.target ? { target: c.target.name } : {}),
  } as Partial<StatedCount>))
}

describe('stated counts in prose and lists', () => {
  it('reads a total, a breakdown by status and the shares of the total', () => {
    const found = counts('**Overall Remaining Items: 12**\n- **Complete:** 6 (50%)\n- **Partial:** 2 (17%)\n- **Missing:** 4 (33%)\n')
    expect(found).toEqual([
      { line: 1, kind: 'count', subject: 'Overall Remaining Items', value: 12, overall: true, list: { entries: 3, done: 0, sum: 12 } },
      { line: 2, kind: 'count', subject: 'Complete', value: 6, status: 'done' },
      { line: 2, kind: 'percent', subject: 'Complete', value: 50, status: 'done', ratio: { count: 6, of: 12 } },
      { line: 3, kind: 'count', subject: 'Partial', value: 2, status: 'partial' },
      { line: 3, kind: 'percent', subject: 'Partial', value: 17, status: 'partial', ratio: { count: 2, of: 12 } },
      { line: 4, kind: 'count', subject: 'Missing', value: 4, status: 'todo' },
      { line: 4, kind: 'percent', subject: 'Missing', value: 33, status: 'todo', ratio: { count: 4, of: 12 } },
    ])
  })

  it('takes the whole of shares from a total stated in the same list', () => {
    const found = counts('- **Total Components:** 35\n- **Migrated:** 28 (80%)\n- **Remaining:** 7 (20%)\n')
    expect(found.filter((c) => c.kind === 'percent').map((c) => c.ratio)).toEqual([{ count: 28, of: 35 }, { count: 7, of: 35 }])
  })

  it('keeps a bare number only as part of a total', () => {
    expect(counts('**Open issues: 6**\n- **Critical:** 1\n- **High:** 2\n- **Low:** 2\n')).toEqual([
      { line: 1, kind: 'count', subject: 'Open issues', value: 6, list: { entries: 3, done: 0, sum: 5 } },
      { line: 2, kind: 'count', subject: 'Critical', value: 1 },
      { line: 3, kind: 'count', subject: 'High', value: 2 },
      { line: 4, kind: 'count', subject: 'Low', value: 2 },
    ])
    expect(counts('Ports:\n\n- wallet: 4100\n- ledger: 4101\n')).toEqual([])
  })

  it('compares a list whose entries state counts only by their sum', () => {
    expect(counts('**Total items: 3**\n- **Done:** 3\n- A note without a number\n')[0]).not.toHaveProperty('list')
  })

  it('reads "Top N" and "N items" announcing the list that follows', () => {
    expect(counts('Top 5 risks:\n\n1. One\n2. Two\n3. Three\n4. Four\n')).toEqual([
      { line: 1, kind: 'count', subject: 'Top 5 risks', value: 5, list: { entries: 4, done: 0, sum: undefined } },
    ])
    expect(counts('The following 3 open items remain:\n- [x] A\n- [ ] B\n- [ ] C\n')[0]).toMatchObject({ value: 3, list: { entries: 3, done: 1 } })
    expect(counts('## Open Items (2)\n\n- A\n- B\n')[0]).toMatchObject({ value: 2, list: { entries: 2 } })
  })

  it('reads "N of M" with its status and share', () => {
    expect(counts('Progress: 3 of 5 tasks done (60%)\n')).toEqual([
      { line: 1, kind: 'count', subject: 'Progress', value: 3, of: 5, status: 'done' },
      { line: 1, kind: 'percent', subject: 'Progress', value: 60, status: 'done', ratio: { count: 3, of: 5 } },
    ])
  })

  it('reads completion percentages, gaps and approximations, and what they are about', () => {
    const found = counts([
      '# Review', '', '## Core Systems', '', '### Restore (80% Complete)', '', '### Alerting (60% Complete)', '',
      '## Risks', '', '1. Core systems gaps (30% gap)', '', '## Overall', '', '- Core Systems: 70% complete', '- Docs: 50% complete', '',
      'Total Project Completion: ~60%', '',
    ].join('\n'))
    expect(found).toEqual([
      { line: 5, kind: 'percent', subject: 'Restore', value: 80, status: 'done', target: 'Restore' },
      { line: 7, kind: 'percent', subject: 'Alerting', value: 60, status: 'done', target: 'Alerting' },
      { line: 11, kind: 'gap', subject: 'Core systems gaps', value: 30, target: 'Core Systems' },
      { line: 15, kind: 'percent', subject: 'Core Systems', value: 70, status: 'done', target: 'Core Systems' },
      { line: 16, kind: 'percent', subject: 'Docs', value: 50, status: 'done' },
      { line: 18, kind: 'percent', subject: 'Total Project Completion', value: 60, status: 'done', approximate: true, overall: true },
    ])
  })

  it.each([
    ['an ordinal', '### Phase 1 Goals\n\n- A\n- B\n'],
    ['a setting', '- wallet: 4100\n'],
    ['a subject inside prose', 'We reached 85% complete (up from 60%) this week\n'],
    ['a weight', '1. **Sentence Uniformity** (weight: 0.15)\n   - Measures variance\n'],
    ['a version', 'Version: 2\n'],
    ['a date', 'Date: 12/05/2024 done\n'],
    ['a percentage of something else', '- Test coverage: 80% of lines\n'],
    ['a grade', '- **Quality Grade:** A (92%)\n'],
    ['numbering', '## 1. Infrastructure Components\n\n- A\n'],
  ])('reads no count from %s', (_what, markdown) => {
    expect(counts(markdown)).toEqual([])
  })
})

describe('tables of counts', () => {
  const summary = [
    '## Security Gaps', '', '| Item | Status |', '|---|---|', '| Vault | ✅ Complete |', '| 2FA | ✅ Complete |', '',
    '## Feature Gaps', '', '| Item | Status |', '|---|---|', '| Export | ❌ Missing |', '| Search | ⚠️ Partial |', '',
    '## Completion Status', '', '| Category | Complete | Partial | Missing | Total |', '|---|---|---|---|---|',
    '| **Security** | 2 | - | 0 | 2 |', '| **Features** | 0 | 1 (50%) | 1 | 2 |', '| **Total** | 2 | 1 | 1 | 4 |', '',
  ].join('\n')

  it('recognises count columns, totals, and reads a dash in a count column as 0', () => {
    const table = modelOf(summary).tables[2]!
    expect(table).toMatchObject({ countColumns: [1, 2, 3, 4], totalRow: 2, totalColumn: 4 })
    expect(table.rows[0]![2]!.number).toBe(0)
  })

  it('states one count per category and status column, matched to the sections that list them', () => {
    const found = counts(summary).filter((c) => c.kind === 'count')
    expect(found.map((c) => [c.subject, c.status ?? 'total', c.value, c.target])).toEqual([
      ['Security', 'done', 2, 'Security Gaps'], ['Security', 'partial', 0, 'Security Gaps'], ['Security', 'todo', 0, 'Security Gaps'], ['Security', 'total', 2, 'Security Gaps'],
      ['Features', 'done', 0, 'Feature Gaps'], ['Features', 'partial', 1, 'Feature Gaps'], ['Features', 'todo', 1, 'Feature Gaps'], ['Features', 'total', 2, 'Feature Gaps'],
    ])
    expect(counts(summary).find((c) => c.kind === 'percent')).toMatchObject({ subject: 'Features', value: 50, ratio: { count: 1, of: 2 } })
  })

  it.each([
    ['versions', '| Package | Version |\n|---|---|\n| a | 1.2.3 |\n| b | 2 |\n| Total | 3 |\n'],
    ['years', '| Event | Year |\n|---|---|\n| a | 2023 |\n| b | 2024 |\n| All | 4047 |\n'],
    ['ports', '| Service | Port |\n|---|---|\n| api | 8080 |\n| web | 3000 |\n| All | 80 |\n'],
    ['prices', '| Plan | Price |\n|---|---|\n| Basic | $10 |\n| Pro | $20 |\n| Total | $35 |\n'],
    ['dates', '| Step | Due |\n|---|---|\n| a | 2024-01-05 |\n| b | 2024-02-01 |\n| Total | 2024-03-01 |\n'],
    ['line numbers', '| Finding | Line |\n|---|---|\n| a | 12 |\n| b | 40 |\n| Total | 2 |\n'],
  ])('has no count columns for %s', (_what, markdown) => {
    expect(modelOf(markdown).tables[0]!.countColumns).toEqual([])
  })
})

describe('robustness', () => {
  it('reads long and adversarial lines in linear time', () => {
    const near = (unit: string) => unit.repeat(Math.floor(499 / unit.length))
    const lines = [
      `Total: ${'1 of 2 done (3%) '.repeat(20_000)}`,
      near('1 '), near('1/'), near('( 5 % '), `(${' '.repeat(240)}5${' '.repeat(240)}% gap)`,
      `Top ${near('1 ')}items:`, `A: ${near('9')}`, near('a: '), near('3 of 4 done '),
    ]
    // Each line once per mode: a backtracking pattern would not finish (CI's time limit catches that).
    for (const announces of [true, false]) for (const line of lines) expect(Array.isArray(parseCounts(line, defaultVocabulary, announces))).toBe(true)
  })

  it('models a table with a huge cell and a long list', () => {
    const doc = modelOf(`| a | ${'9 '.repeat(20_000)}|\n|---|---|\n\n${'- a: 1\n'.repeat(200)}`)
    expect(doc.counts).toEqual([])
  })
})
