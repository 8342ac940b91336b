import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/report/box-table.js'
import { pretty } from '../../src/report/pretty.js'
import type { FormatContext } from '../../src/report/types.js'
import { makeDocument, makeFinding, makeItem, makeResult } from '../helpers/build.js'

const ctx: FormatContext = { cwd: '/repo', color: false, rules: [], toolVersion: '0.0.0' }
const DOC = 'fixtures/examples/remaining-items.md'
const OTHER = 'docs/OTHER.md'

const claim = (status: 'done' | 'todo' | 'partial', line: number, path = DOC) =>
  ({ status, source: 'heading' as const, raw: status, path, line })

const result = makeResult({
  documents: [
    makeDocument({
      path: DOC,
      items: [
        makeItem({ name: 'Monitoring', key: 'monitor', claims: [claim('done', 20, DOC)] }),
        makeItem({
          name: 'Prometheus Metrics', key: 'prometheus metric', parent: 'monitor',
          claims: [claim('done', 24), claim('done', 25), claim('todo', 118)], status: 'disputed', disputed: true,
        }),
        makeItem({ name: 'Orphan', key: 'orphan', parent: 'no-such-key', claims: [claim('partial', 30)], status: 'partial' }),
      ],
      summary: {
        items: 3, byStatus: { done: 1, partial: 1, disputed: 1 },
        stated: [
          { subject: 'Complete', status: 'done', kind: 'count', value: 6, line: 140, recomputed: 1, against: 'the item listed under `Done`' },
          { subject: 'Total Project Completion', kind: 'percent', value: 72, line: 150, recomputed: 33 },
          { subject: 'Not recomputed', kind: 'count', value: 3, line: 160 },
        ],
        sections: [],
      },
    }),
    makeDocument({ path: OTHER }),
  ],
  findings: [
    makeFinding({ path: DOC, line: 8, column: 4, ruleId: 'encoding', severity: 'warning', message: 'Unexpected mojibake `‚úÖ`, expected `✅`' }),
    makeFinding({
      path: DOC, line: 24, column: 1, message: 'Unexpected status `todo` for `Prometheus Metrics`, line 118 says `done`',
      related: [{ path: DOC, line: 118, column: 3, endLine: 118, endColumn: 20, message: '❌ Not Implemented' }],
    }),
    makeFinding({
      path: OTHER, line: 3, column: 1, ruleId: 'cross-doc-conflict', message: 'Unexpected status `done` for `Grafana`',
      related: [{ path: DOC, line: 40, column: 1, endLine: 40, endColumn: 5, message: 'Status `todo` stated here' }],
    }),
  ],
})

const lines = (text: string) => text.split('\n')

describe('pretty formatter, colour off', () => {
  const out = pretty(result, ctx)

  it('prints each finding as an aligned stylish row', () => {
    const msg8 = 'Unexpected mojibake `‚úÖ`, expected `✅`'
    const msg24 = 'Unexpected status `todo` for `Prometheus Metrics`, line 118 says `done`'
    // ✅ takes two columns in a terminal.
    const pad = ' '.repeat(displayWidth(msg24) - displayWidth(msg8))
    expect(displayWidth(msg8)).toBe(msg8.length + 1)
    expect(lines(out)).toContain(`   8:4  warning  ${msg8}${pad}  encoding`)
    expect(lines(out)).toContain(`  24:1  error    ${msg24}  status-conflict`)
  })

  it('prints a related place under its finding, at the message column', () => {
    const all = lines(out)
    const at = all.findIndex((l) => l.includes('24:1'))
    expect(all[at + 1]).toBe(`${' '.repeat(17)}↳ 118:3 ❌ Not Implemented`)
  })

  it('prefixes a related place in another document with its path', () => {
    expect(out).toContain(`↳ ${DOC}:40:1 Status \`todo\` stated here`)
  })

  it('starts each document block with its path, in result order', () => {
    const all = lines(out)
    expect(all[0]).toBe(DOC)
    expect(all.indexOf(OTHER)).toBeGreaterThan(all.indexOf(DOC))
  })

  it('shows items with parent, claims and reconciled status in a compact table', () => {
    const full = pretty(result, { ...ctx, report: 'full' })
    const row = (name: string) => lines(full).find((l) => l.startsWith('│') && l.includes(name)) ?? ''
    expect(row('Prometheus Metrics')).toMatch(/│ Monitoring › Prometheus Metrics │ done L24, done L25, todo L118 │ disputed +│/)
    expect(row('Orphan')).toMatch(/│ Orphan +│ partial L30 +│ partial +│/)
    expect(row('Orphan')).not.toContain('›')
    const table = lines(full).filter((l) => /^[┌├│└]/.test(l)).slice(0, 7).map((l) => l[0]).join('')
    expect(table).toBe('┌│├│││└')
  })

  it('by default, shows a status line and only the disputed items and those a finding names', () => {
    const all = lines(out)
    const status = all.indexOf('3 items: 1 done, 1 partial, 0 todo, 1 disputed')
    expect(status).toBeGreaterThan(all.findIndex((l) => l.includes('24:1')))
    const table = all.slice(status + 1, all.indexOf(all.find((l, n) => n > status && l.startsWith('└'))!) + 1)
    expect(table.map((l) => l[0]).join('')).toBe('┌│├│└')
    expect(table[3]).toMatch(/^│ Monitoring › Prometheus Metrics │ done L24, done L25, todo L118 │ disputed +│$/)
    const named = pretty(makeResult({ ...result, findings: [makeFinding({ path: DOC, items: ['Orphan'] })] }), ctx)
    expect(named).toMatch(/│ Orphan +│ partial L30 +│ partial +│/)
    expect(named).toContain('│ Monitoring › Prometheus Metrics │')
    expect(named).not.toMatch(/│ Monitoring +│/)
  })

  it('names a sub-item only when no top-level item has the name a finding gives', () => {
    const items = [makeItem({ name: 'Docs', key: 'doc' }), makeItem({ name: 'Docs', key: 'doc', parent: 'restore' }), makeItem({ name: 'Restore', key: 'restore' })]
    const named = (list: typeof items) => lines(pretty(makeResult({
      documents: [makeDocument({ path: DOC, items: list })], findings: [makeFinding({ path: DOC, items: ['Docs'] })],
    }), ctx)).filter((l) => l.startsWith('│ ') && !l.startsWith('│ Item'))
    expect(named(items)).toEqual([expect.stringMatching(/^│ Docs +│/)])
    expect(named(items.slice(1))).toEqual([expect.stringMatching(/^│ Restore › Docs +│/)])
  })

  it('--report findings shows no status line and no table; --report full every item', () => {
    const findingsOnly = pretty(result, { ...ctx, report: 'findings' })
    expect(findingsOnly).not.toMatch(/items:|[┌│└]/)
    expect(findingsOnly).toContain('24:1  error')
    const full = pretty(result, { ...ctx, report: 'full' })
    expect(full).toContain('3 items: 1 done, 1 partial, 0 todo, 1 disputed')
    expect(full).toMatch(/│ Monitoring +│ done L20 +│ done +│/)
  })

  it('shows every stated number with --report full: what it was recomputed from, or that nothing was found', () => {
    expect(out).not.toContain('Stated vs recomputed')
    const full = pretty(result, { ...ctx, report: 'full', width: 160 })
    expect(full).toContain('Stated vs recomputed')
    expect(full).toMatch(/│ Subject +│ Line │ Stated │ Recomputed │ Compared with +│/)
    expect(full).toMatch(/│ Complete \(done\) +│ 140 +│ 6 +│ 1 +│ the item listed under `Done` +│/)
    expect(full).toMatch(/│ Total Project Completion │ 150 +│ 72% +│ 33% +│/)
    expect(full).toMatch(/│ Not recomputed +│ 160 +│ 3 +│ — +│ nothing it sums up was found +│/)
  })

  it('ends with the totals line, singular and plural right', () => {
    expect(out.endsWith('\n')).toBe(true)
    expect(lines(out).at(-2)).toBe('✖ 3 problems (2 errors, 1 warning) in 2 files')
  })

  it('contains no ANSI codes', () => {
    expect(out).not.toContain('\x1b')
  })

  it('does not change the result', () => {
    const copy = structuredClone(result)
    pretty(result, ctx)
    expect(result).toEqual(copy)
  })
})

describe('pretty formatter, totals and errors', () => {
  it('says so when there are no problems', () => {
    const out = pretty(makeResult({ documents: [makeDocument()] }), ctx)
    expect(out).toBe('✔ No problems in 1 file\n')
  })

  it('prints only the totals line for documents without findings, reconciled items or not', () => {
    const out = pretty(makeResult({ documents: [makeDocument({ items: [makeItem({ name: 'Grafana' })] })] }), ctx)
    expect(out).toBe('✔ No problems in 1 file\n')
  })

  it('prints nothing for a clean run when quiet', () => {
    expect(pretty(makeResult({ documents: [makeDocument()] }), { ...ctx, quiet: true })).toBe('')
  })

  it('says how many findings the baseline suppressed', () => {
    const out = pretty(makeResult({ documents: [makeDocument()], baseline: { path: 'b.json', suppressed: 2 } }), ctx)
    expect(out).toBe('✔ No problems in 1 file, 2 findings suppressed by the baseline\n')
  })

  it('lists file errors and counts unreadable files', () => {
    const out = pretty(makeResult({
      documents: [makeDocument()],
      findings: [makeFinding({ path: 'docs/STATUS.md' })],
      errors: [{ path: '/repo/docs/missing.md', message: 'File not found' }],
    }), ctx)
    expect(lines(out)).toContain('error docs/missing.md: File not found')
    expect(lines(out).at(-2)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 file, 1 input error')
  })

  it('shows absolute paths relative to cwd', () => {
    const path = '/repo/docs/STATUS.md'
    const out = pretty(makeResult({ documents: [makeDocument({ path })], findings: [makeFinding({ path })] }), ctx)
    expect(lines(out)[0]).toBe('docs/STATUS.md')
  })

  it('reads the totals, never recounts them', () => {
    const out = pretty(makeResult({ totals: { errors: 9, warnings: 3, files: 2, fileErrors: 2, uncertain: 0 } }), ctx)
    expect(out).toBe('✖ 12 problems (9 errors, 3 warnings) in 2 files, 2 input errors\n')
  })
})

describe('pretty formatter, colour on', () => {
  it('colours severity and totals with ANSI codes', () => {
    const out = pretty(result, { ...ctx, color: true })
    expect(out).toContain('\x1b[31merror')
    expect(out).toContain('\x1b[33mwarning')
    expect(out).toContain('\x1b[2mstatus-conflict\x1b[22m')
  })
})

describe('pretty formatter, document text is neutralised', () => {
  const hostile = {
    'CSI colour codes': '\x1b[31mred\x1b[0m',
    'OSC 8 hyperlink': '\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\',
    'BEL': 'bell\x07',
    'backspace': 'done\b\b\b\btodo',
    'bare CR': 'done\rtodo',
    'C1 controls': 'csi\x9b2J osc\x9d0;t',
  }
  for (const [what, text] of Object.entries(hostile)) {
    it(`neutralises ${what} in messages, related messages, names, paths and errors`, () => {
      const path = `docs/${text}.md`
      const out = pretty(makeResult({
        documents: [makeDocument({ path, items: [makeItem({ name: text })] })],
        findings: [makeFinding({
          path, message: text,
          related: [{ path: `x${text}`, line: 2, column: 1, endLine: 2, endColumn: 2, message: text }],
        })],
        errors: [{ path: text, message: text }],
      }), { ...ctx, report: 'full' })
      expect(out).toContain('1 item:')
      expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/)
    })
  }
})
