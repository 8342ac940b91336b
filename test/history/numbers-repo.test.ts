import { describe, expect, it } from 'vitest'
import { audit } from '../helpers/api.js'
import { commitAll, historyRepo, write } from '../helpers/history-repo.js'

const STATUS = (complete: string, missing: string, overall: string, invoices: string) => `# Payments status

## Summary

- **Complete:** ${complete}
- **Missing:** ${missing}

Overall completion: ${overall}

## Items

| Item | Status |
|---|---|
| Refunds | ✅ Done |
| Invoices | ${invoices} |
| Payouts | ❌ Missing |
| Dashboard | ✅ Done |
| Settings | ❌ Missing |
`

const row = (n: { subject: string; kind: string; status?: string; before: { value: number }; after: { value: number }; change: string; items: string[] }) =>
  [n.subject, n.kind, n.status, n.before.value, n.after.value, n.change, n.items.join(', ')]

describe('--since on stated numbers', () => {
  const cwd = historyRepo([{ 'STATUS.md': STATUS('2 (40%)', '3', '40%', '❌ Missing') }])

  it('totals changed while no item did: number-only, and unbacked-progress for each improvement', async () => {
    write(cwd, { 'STATUS.md': STATUS('3 (60%)', '2', '60%', '❌ Missing') })
    commitAll(cwd, 'numbers only', '2024-01-11T12:00:00Z')
    const result = await audit({ paths: ['STATUS.md'], cwd, since: 'HEAD~1' })
    expect(result.changes!.documents[0]!.numbers.map(row)).toEqual([
      ['Complete', 'count', 'done', 2, 3, 'number-only', ''],
      ['Complete', 'percent', 'done', 40, 60, 'number-only', ''],
      ['Missing', 'count', 'todo', 3, 2, 'number-only', ''],
      ['Overall completion', 'percent', 'done', 40, 60, 'number-only', ''],
    ])
    expect(result.findings.filter((f) => f.ruleId === 'unbacked-progress').map((f) => `${f.line} ${f.message}`)).toEqual([
      '5 Unexpected change of `Complete` from 2 to 3 since `HEAD~1`: none of the items it counts changed',
      '5 Unexpected change of `Complete` from 40% to 60% since `HEAD~1`: none of the items it counts changed',
      '6 Unexpected change of `Missing` from 3 to 2 since `HEAD~1`: none of the items it counts changed',
      '8 Unexpected change of `Overall completion` from 40% to 60% since `HEAD~1`: none of the items it counts changed',
    ])
  })

  it('items changed while the totals did not: items-only, naming the items', async () => {
    write(cwd, { 'STATUS.md': STATUS('3 (60%)', '2', '60%', '✅ Done') })
    const result = await audit({ paths: ['STATUS.md'], cwd, since: 'HEAD' })
    expect(result.changes!.documents[0]!.numbers.map(row)).toEqual([
      ['Complete', 'count', 'done', 3, 3, 'items-only', 'Invoices'],
      ['Complete', 'percent', 'done', 60, 60, 'items-only', 'Invoices'],
      ['Missing', 'count', 'todo', 2, 2, 'items-only', 'Invoices'],
      ['Overall completion', 'percent', 'done', 60, 60, 'items-only', 'Invoices'],
    ])
    expect(result.findings.filter((f) => f.ruleId === 'unbacked-progress')).toEqual([])
  })
})
