import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../helpers/api.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { tempRepo, tempTree } from '../helpers/tmp.js'

const seed = readFileSync(join(FIXTURES, 'examples/codebase-review.md'), 'utf8')
const remaining = readFileSync(join(FIXTURES, 'examples/remaining-items.md'))

// A newer copy of remaining-items.md: dated later, Prometheus now done in its table, API Gateway done.
function newerCopy(): string {
  return new TextDecoder().decode(remaining)
    .replaceAll('December 8, 2024', 'December 12, 2024')
    .replace('### 5. **API Gateway Layer** ‚ö†Ô∏è\n- **Status:** ‚ö†Ô∏è Missing', '### 5. **API Gateway Layer** ‚úÖ\n- **Status:** ‚úÖ Complete')
    .replace('| API Gateway | ‚ö†Ô∏è Missing |', '| API Gateway | ‚úÖ Complete |')
}

describe('cross-doc-conflict', () => {
  const cwd = tempTree({ 'codebase-review.md': seed, 'remaining-items.md': remaining, 'remaining-items-v2.md': newerCopy() })

  it('reports in the older document, naming the newer one, both lines and both dates', async () => {
    const result = await audit({ paths: ['.'], cwd })
    const cross = result.findings.filter((f) => f.ruleId === 'cross-doc-conflict')
    expect(cross.map((f) => [f.path, f.line, f.related.map((r) => [r.path, r.line]), f.items])).toEqual([
      ['remaining-items.md', 53, [['remaining-items-v2.md', 52]], ['API Gateway Layer']],
    ])
    expect(cross[0]!.message).toBe('Unexpected status `todo` for `API Gateway Layer` (this document: 2024-12-08, line 208), the newer `remaining-items-v2.md` (2024-12-12, line 208) says `done` at line 52')
  })

  it('--policy latest takes the newer document\'s word in the cross-document view', async () => {
    const strict = await audit({ paths: ['remaining-items.md', 'remaining-items-v2.md'], cwd })
    const latest = await audit({ paths: ['remaining-items.md', 'remaining-items-v2.md'], cwd, policy: 'latest' })
    const gateway = (r: typeof strict) => r.crossDocument.find((c) => c.name === 'API Gateway Layer')!
    expect(gateway(strict).entries.map((e) => [e.path, e.status, e.line])).toEqual([['remaining-items.md', 'todo', 53], ['remaining-items-v2.md', 'done', 52]])
    expect(gateway(strict).status).toBe('disputed')
    expect(gateway(latest).status).toBe('done')
  })

  it('obeys the inline directives of the document it sits in, and never calls them unused', async () => {
    const older = '# A\nDate: 2024-01-01\n\n<!-- audit-reconcile-disable-next-line cross-doc-conflict -->\n### Login ❌\n\n### Export ❌\n'
    const newer = '# B\nDate: 2024-02-01\n\n### Login ✅\n\n### Export ✅\n'
    const dir = tempTree({ 'a.md': older, 'b.md': newer })
    const result = await audit({ paths: ['.'], cwd: dir, reportUnusedDirectives: true })
    expect(result.findings.map((f) => [f.ruleId, f.path, f.line, f.items])).toEqual([['cross-doc-conflict', 'a.md', 7, ['Export']]])
  })

  it('is silent when the documents agree, and with a single document', async () => {
    const agree = tempTree({ 'a.md': '# A\nDate: 2024-01-01\n\n### Login ✅\n', 'b.md': '# B\nDate: 2024-02-01\n\n| Item | Status |\n|---|---|\n| Login | Done |\n' })
    expect((await audit({ paths: ['.'], cwd: agree })).findings).toEqual([])
    expect((await audit({ paths: ['remaining-items.md'], cwd })).crossDocument).toEqual([])
  })
})

describe('document dates', () => {
  it('come from the document, then front matter, then git, then the modification time, with their source', async () => {
    const cwd = tempTree({
      'stated.md': '# S\n\n**Last Updated:** 8 Dec 2024\n',
      'iso.md': '# I\n\nUpdated: 2024-12-08 14:00\n',
      'front.md': '---\ntitle: F\nupdated: 2024-11-30\n---\n# F\n',
      'none.md': '# N\n',
    })
    const result = await audit({ paths: ['stated.md', 'iso.md', 'front.md', 'none.md'], cwd })
    const dates = Object.fromEntries(result.documents.map((d) => [d.path, d.date]))
    expect(dates['stated.md']).toEqual({ value: '2024-12-08', source: 'stated', line: 3 })
    expect(dates['iso.md']).toEqual({ value: '2024-12-08', source: 'stated', line: 3 })
    expect(dates['front.md']).toEqual({ value: '2024-11-30', source: 'front-matter', line: 1 })
    expect(dates['none.md']!.source).toBe('mtime')
  })

  it('fall back to the last git commit of an undated document', async () => {
    const cwd = tempRepo({ 'a.md': '# A\n', 'b.md': '# B\nDate: 2023-05-01\n' }, '2024-01-15T12:00:00Z')
    const result = await audit({ paths: ['a.md', 'b.md'], cwd })
    expect(result.documents.map((d) => [d.path, d.date?.source, d.date?.value.slice(0, 10)])).toEqual([['a.md', 'git', '2024-01-15'], ['b.md', 'stated', '2023-05-01']])
  })
})
