import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { changesMarkdown } from '../../src/report/changes-markdown.js'
import { pretty } from '../../src/report/pretty.js'
import { audit } from '../helpers/api.js'
import { runCli } from '../helpers/cli.js'
import { historyRepo, write } from '../helpers/history-repo.js'
import { git } from '../helpers/tmp.js'
import { STEPS } from './scenario.js'

const none = { progress: [], regression: [], other: [], reworded: [], added: [], removed: [], numbers: [], verdicts: { added: [], removed: [] } }
const HISTORY_RULES = new Set(['status-regression', 'unbacked-progress'])

describe('--since', () => {
  const cwd = historyRepo(STEPS)
  const commit = (rev: string) => git(cwd, 'rev-parse', rev).trim()

  it('reports progress, regression, rewording, added and removed items, a renamed and an added document', async () => {
    const result = await audit({ paths: ['docs'], cwd, since: 'HEAD~2' })
    expect(result.changes).toEqual({
      since: 'HEAD~2',
      commit: commit('HEAD~2'),
      documents: [
        { path: 'docs/NOTES.md', state: 'added', ...none, added: [{ name: 'Write the changelog', status: 'todo', line: 3, raw: 'Write the changelog' }] },
        {
          path: 'docs/PLAN.md', previousPath: 'docs/ROADMAP.md', state: 'renamed', ...none,
          progress: [{ name: 'Webhooks', before: { status: 'todo', line: 7, raw: '❌ Not started' }, after: { status: 'partial', line: 7, raw: '🚧 In progress' } }],
        },
        {
          path: 'docs/STATUS.md', state: 'modified',
          progress: [{ name: 'Refunds', before: { status: 'todo', line: 7, raw: '❌ Missing' }, after: { status: 'done', line: 7, raw: '✅ Done' } }],
          regression: [{ name: 'Invoices', before: { status: 'done', line: 8, raw: '✅ Done' }, after: { status: 'partial', line: 8, raw: '🚧 In progress' } }],
          other: [],
          reworded: [{ name: 'Receipts', before: { status: 'done', line: 11, raw: '✅ Done' }, after: { status: 'done', line: 10, raw: '✅ Shipped' } }],
          added: [{ name: 'Disputes', status: 'todo', line: 11, raw: '❌ Missing' }],
          removed: [{ name: 'Legacy export', status: 'partial', line: 10, raw: '🚧 In progress' }],
          numbers: [],
          verdicts: { added: [{ text: 'ALL ITEMS COMPLETE', line: 13 }], removed: [] },
        },
      ],
    })
  })

  it('status-regression: an item that moved away from done, with its old line as the related place', async () => {
    const result = await audit({ paths: ['docs'], cwd, since: 'HEAD~2' })
    const found = result.findings.filter((f) => HISTORY_RULES.has(f.ruleId))
    expect(found.map((f) => [f.ruleId, f.severity, f.path, f.line, f.message, f.related.map((r) => `${r.path}:${r.line} ${r.message}`)])).toEqual([
      ['status-regression', 'warning', 'docs/STATUS.md', 8, 'Unexpected status `partial` for `Invoices`, it was `done` in `HEAD~2` (line 8)', ['HEAD~2:docs/STATUS.md:8 `HEAD~2` says `done` here: ✅ Done']],
    ])
  })

  it('unbacked-progress: a verdict that appeared while no item changed (and not when items did)', async () => {
    const result = await audit({ paths: ['docs'], cwd, since: 'HEAD~1' })
    expect(result.findings.filter((f) => HISTORY_RULES.has(f.ruleId)).map((f) => [f.ruleId, f.path, f.line, f.message])).toEqual([
      ['unbacked-progress', 'docs/STATUS.md', 13, 'Unexpected new verdict `ALL ITEMS COMPLETE`: no item it covers changed since `HEAD~1`'],
    ])
    expect(result.changes?.documents.map((d) => [d.path, d.state])).toEqual([['docs/NOTES.md', 'unchanged'], ['docs/PLAN.md', 'unchanged'], ['docs/STATUS.md', 'modified']])
  })

  it('prints the changes section of the JSON report (exact lines)', () => {
    const r = runCli(['--format', 'json', '--since', 'HEAD~1', 'docs/STATUS.md'], { cwd })
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n')
    const start = lines.indexOf('  "changes": {')
    expect(lines.slice(start, lines.indexOf('  },', start) + 1)).toEqual([
      '  "changes": {',
      '    "since": "HEAD~1",',
      `    "commit": "${commit('HEAD~1')}",`,
      '    "documents": [',
      '      {',
      '        "path": "docs/STATUS.md",',
      '        "state": "modified",',
      '        "progress": [],',
      '        "regression": [],',
      '        "other": [],',
      '        "reworded": [],',
      '        "added": [],',
      '        "removed": [],',
      '        "numbers": [],',
      '        "verdicts": {',
      '          "added": [',
      '            {',
      '              "text": "ALL ITEMS COMPLETE",',
      '              "line": 13',
      '            }',
      '          ],',
      '          "removed": []',
      '        }',
      '      }',
      '    ]',
      '  },',
    ])
  })

  it('adds the changes to the markdown report, for a pull-request comment (checked by hand)', () => {
    const r = runCli(['--format', 'markdown', '--since', 'HEAD~2', 'docs'], { cwd })
    const lines = r.stdout.split('\n')
    expect(lines.slice(0, lines.indexOf('<details><summary>Reconciled items (9)</summary>'))).toEqual([
      '## audit-reconcile',
      '',
      '✖ 3 problems (1 error, 2 warnings) in 3 files',
      '',
      '| File | Line | Severity | Rule | Message |',
      '|---|---|---|---|---|',
      '| `docs/PLAN.md` | 8 | warning | `cross-doc-conflict` | Unexpected status `todo` for `Refunds` (this document: 2024-01-10, line 3), the newer `docs/STATUS.md` (2024-01-12, last commit) says `done` at line 7 (see line 7 of docs/STATUS.md) |',
      '| `docs/STATUS.md` | 8 | warning | `status-regression` | Unexpected status `partial` for `Invoices`, it was `done` in `HEAD~2` (line 8) (see line 8 of HEAD~2:docs/STATUS.md) |',
      '| `docs/STATUS.md` | 13 | error | `overall-claim` | Unexpected verdict `ALL ITEMS COMPLETE`: 3 items are not done (`Invoices`, `Payouts`, `Disputes`) (see lines 8, 9, 11) |',
      '',
      `### Changes since \`HEAD~2\` (${commit('HEAD~2').slice(0, 12)})`,
      '',
      '**`docs/NOTES.md`**: added since `HEAD~2` (not in that revision)',
      '',
      '**`docs/PLAN.md`** (renamed from `docs/ROADMAP.md`)',
      '',
      '| Change | Item | Before | After |',
      '|---|---|---|---|',
      '| progress | Webhooks | todo (line 7) | partial (line 7) |',
      '',
      '**`docs/STATUS.md`**',
      '',
      '| Change | Item | Before | After |',
      '|---|---|---|---|',
      '| progress | Refunds | todo (line 7) | done (line 7) |',
      '| **regression** | Invoices | done (line 8) | partial (line 8) |',
      '| reworded | Receipts | ✅ Done (line 11) | ✅ Shipped (line 10) |',
      '| added | Disputes | — | todo (line 11) |',
      '| removed | Legacy export | partial (line 10) | — |',
      '| verdict added | ALL ITEMS COMPLETE | — | line 13 |',
      '',
    ])
  })

  it('words a number change in the markdown section by what moved', () => {
    const changes = { since: 'v1', commit: 'abcdef1234567890', documents: [{
      path: 'S.md', state: 'modified' as const, ...none,
      numbers: [
        { subject: 'Complete', kind: 'count' as const, status: 'done' as const, before: { value: 2, line: 5 }, after: { value: 3, line: 5 }, change: 'number-only' as const, items: [] },
        { subject: 'Overall', kind: 'percent' as const, before: { value: 40, line: 8 }, after: { value: 40, line: 9 }, change: 'items-only' as const, items: ['Invoices'] },
      ],
    }] }
    expect(changesMarkdown(changes, (p) => p).split('\n').slice(4)).toEqual([
      '| Change | Item | Before | After |',
      '|---|---|---|---|',
      '| number: the items it counts did not change | Complete | 2 (line 5) | 3 (line 5) |',
      '| number: the items it counts changed, it did not | Overall | 40% (line 8) | 40% (line 9) |',
      '',
    ])
  })

  it('adds a changes block to the pretty report', async () => {
    const result = await audit({ paths: ['docs'], cwd, since: 'HEAD~2' })
    const text = pretty(result, { cwd, color: false, rules: [], toolVersion: '0' })
    const lines = text.split('\n')
    expect(lines.slice(lines.findIndex((l) => l.startsWith('Changes since')), -3)).toEqual([
      `Changes since HEAD~2 (${commit('HEAD~2').slice(0, 12)})`,
      '',
      'docs/NOTES.md',
      '  added since HEAD~2 (not in that revision)',
      '',
      'docs/PLAN.md  renamed from docs/ROADMAP.md',
      '  progress  Webhooks  todo → partial  line 7',
      '',
      'docs/STATUS.md',
      '  progress       Refunds             todo → done         line 7',
      '  regression     Invoices            done → partial      line 8',
      '  reworded       Receipts            ✅ Done → ✅ Shipped  line 10 (was 11)',
      '  added          Disputes            todo                line 11',
      '  removed        Legacy export       partial             was line 10',
      '  verdict added  ALL ITEMS COMPLETE                      line 13',
    ])
  })

  it('finds the repository and names paths from a subfolder', async () => {
    const result = await audit({ paths: ['PLAN.md'], cwd: join(cwd, 'docs'), since: 'HEAD~2' })
    expect(result.changes?.documents.map((d) => [d.path, d.previousPath, d.state])).toEqual([['PLAN.md', 'ROADMAP.md', 'renamed']])
  })

  it('compares with the working tree, uncommitted edits included', async () => {
    const dir = historyRepo(STEPS.slice(0, 1))
    write(dir, { 'docs/STATUS.md': STEPS[0]!['docs/STATUS.md']!.replace('| Payouts | 🚧 In progress |', '| Payouts | ✅ Done |') })
    const result = await audit({ paths: ['docs/STATUS.md'], cwd: dir, since: 'HEAD' })
    expect(result.changes?.documents[0]?.progress.map((c) => [c.name, c.before.status, c.after.status])).toEqual([['Payouts', 'partial', 'done']])
  })
})
