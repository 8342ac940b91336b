import { describe, expect, it } from 'vitest'
import { boxTable, displayWidth, truncate } from '../../src/report/box-table.js'
import { pretty } from '../../src/report/pretty.js'
import type { FormatContext } from '../../src/report/types.js'
import { makeDocument, makeFinding, makeItem, makeResult } from '../helpers/build.js'

const ctx: FormatContext = { cwd: '/repo', color: false, rules: [], toolVersion: '0.0.0' }
const DOC = 'docs/STATUS.md'
const section = { path: DOC, line: 14, column: 1, endLine: 14, endColumn: 30, message: 'Section labels its items `todo`' }

describe('pretty layout: the other side of each finding', () => {
  it('joins every related place of a finding on one ↳ line', () => {
    const out = pretty(makeResult({
      documents: [makeDocument()],
      findings: [makeFinding({
        related: [
          { path: DOC, line: 3, column: 1, endLine: 3, endColumn: 2, message: 'Status `done` stated here: ✅' },
          { path: 'docs/OTHER.md', line: 4, column: 2, endLine: 4, endColumn: 3, message: 'Status `done` stated here' },
        ],
      })],
    }), ctx)
    expect(out.split('\n')[2]).toBe(`${' '.repeat(16)}↳ 3:1 Status \`done\` stated here: ✅ · docs/OTHER.md:4:2 Status \`done\` stated here`)
  })

  it('prints the same other side once after consecutive findings that share it, saying for how many', () => {
    const under = (line: number, name: string) => makeFinding({ line, ruleId: 'section-conflict', message: `Unexpected \`done\` item \`${name}\``, related: [section] })
    const out = pretty(makeResult({
      documents: [makeDocument()],
      findings: [under(16, 'A'), under(24, 'B'), makeFinding({ line: 30, related: [{ ...section, line: 20 }] }), under(40, 'C')],
    }), ctx)
    const lines = out.split('\n').slice(1, 7).map((l) => l.trim())
    expect(lines).toEqual([
      expect.stringMatching(/^16:1 +error +Unexpected `done` item `A` +section-conflict$/),
      expect.stringMatching(/^24:1 +error +Unexpected `done` item `B` +section-conflict$/),
      '↳ 14:1 Section labels its items `todo` (for the 2 findings above)',
      expect.stringMatching(/^30:1 +error /),
      '↳ 20:1 Section labels its items `todo`',
      expect.stringMatching(/^40:1 +error +Unexpected `done` item `C` +section-conflict$/),
    ])
    expect(out.split('\n')[7]!.trim()).toBe('↳ 14:1 Section labels its items `todo`')
  })

  it('pads messages only as far as the rule id still fits the width', () => {
    const findings = [makeFinding({ line: 2, message: 'short' }), makeFinding({ line: 3, message: 'x'.repeat(70) })]
    const narrow = pretty(makeResult({ documents: [makeDocument()], findings }), { ...ctx, width: 60 }).split('\n')
    // 2 + "2:1" + 2 + "warning" + 2 = 16 columns before the message; the rule id needs 2 + 15.
    expect(narrow[1]).toBe(`  2:1  error    short${' '.repeat(60 - 16 - 17 - 5)}  status-conflict`)
    expect(narrow[1]!.length).toBe(60)
    expect(narrow[2]).toBe(`  3:1  error    ${'x'.repeat(70)}  status-conflict`)
  })
})

describe('pretty layout: tables fit the width', () => {
  const items = [
    makeItem({ name: 'Zero-Downtime Deployment Strategy', claims: [{ status: 'done', source: 'heading', raw: '✅', path: DOC, line: 76 }, { status: 'todo', source: 'table-row', raw: '❌', path: DOC, line: 121 }], status: 'disputed', disputed: true }),
    makeItem({ name: '中文名称 ✅ with a long tail of words', status: 'disputed', disputed: true }),
  ]
  const result = makeResult({ documents: [makeDocument({ items })], findings: [makeFinding()] })

  const natural = displayWidth(pretty(result, ctx).split('\n').find((l) => l.startsWith('┌'))!)
  it('is wider than 64 columns when nothing limits it', () => expect(natural).toBeGreaterThan(64))
  for (const width of [40, 50, 64]) {
    it(`at ${width} columns, no line of a table is wider, and cut cells end in …`, () => {
      const table = pretty(result, { ...ctx, width }).split('\n').filter((l) => /^[┌├│└]/.test(l))
      expect(table.length).toBe(6)
      for (const line of table) expect(displayWidth(line), line).toBeLessThanOrEqual(width)
      // Every border still meets the right edge of the same column.
      expect(new Set(table.map(displayWidth)).size).toBe(1)
      expect(table.join('\n')).toContain('…')
    })
  }

  it('draws the table whole when the width leaves room', () => {
    const out = pretty(result, { ...ctx, width: 200 })
    expect(out).toMatch(/│ Zero-Downtime Deployment Strategy +│ done L76, todo L121 │ disputed   │/)
    expect(out).toContain('│ 中文名称 ✅ with a long tail of words │')
    expect(out).not.toContain('…')
  })

  it('truncates by whole characters as a terminal shows them', () => {
    expect(truncate('Zero-Downtime', 6)).toBe('Zero-…')
    expect(truncate('中文名称', 5)).toBe('中文…')
    expect(truncate('👨‍👩‍👧 family', 3)).toBe('👨‍👩‍👧…')
    expect(truncate('short', 5)).toBe('short')
  })

  it('keeps a style on a cut cell, applied after the cut', () => {
    const table = boxTable([{ text: 'Head', style: (t) => `<${t}>` }], [['abcdefghij']], 9)
    expect(table.split('\n')[1]).toBe('│ <Head>  │')
    expect(table.split('\n')[3]).toBe('│ abcd… │')
  })
})

describe('pretty layout: an item claimed many times', () => {
  it('wraps its claims over lines of at most 120 columns, so that the other rows are not padded to one long cell', () => {
    const claims = Array.from({ length: 300 }, (_, i) => ({ status: i % 2 ? 'done' : 'todo', source: 'table-row', raw: '✅', path: DOC, line: 1000 + i } as const))
    const items = [makeItem({ name: 'Documentation', claims, status: 'disputed', disputed: true }), makeItem({ name: 'Login', status: 'disputed', disputed: true })]
    const out = pretty(makeResult({ documents: [makeDocument({ items })], findings: [makeFinding()] }), ctx)
    const rows = out.split('\n').filter((l) => l.startsWith('│'))
    // Item, Claims and Reconciled columns with their borders: well under 300 claims on one line.
    expect(Math.max(...rows.map(displayWidth))).toBeLessThanOrEqual('│ Documentation │  │ Reconciled │'.length + 120)
    const cells = rows.map((r) => r.split('│')[2]!.trim()).join(' ')
    expect(cells.match(/(?:done|todo) L\d+/g)!.slice(0, 300)).toEqual(claims.map((c) => `${c.status} L${c.line}`))
    expect(rows.filter((r) => r.includes('Login'))).toHaveLength(1)
  })
})
