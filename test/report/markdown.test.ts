import { describe, expect, it } from 'vitest'
import { MARKDOWN_LIMIT, markdown } from '../../src/report/markdown.js'
import { HOSTILE, makeContext, makeDocument, makeFinding, makeItem, makeResult } from '../helpers/build.js'

const ctx = makeContext()

describe('markdown formatter', () => {
  it('prints the summary line, a findings table and the reconciled items', () => {
    const out = markdown(makeResult({
      documents: [makeDocument({
        items: [
          makeItem({ name: 'Grafana', claims: [
            { status: 'done', source: 'heading', raw: '✅', path: 'docs/STATUS.md', line: 24 },
            { status: 'todo', source: 'table-row', raw: '❌', path: 'docs/STATUS.md', line: 118 },
          ], status: 'disputed', disputed: true }),
        ],
      })],
      findings: [makeFinding({ line: 118, related: [{ path: 'docs/STATUS.md', line: 24, column: 1, endLine: 24, endColumn: 3, message: 'x' }] })],
    }), ctx)
    expect(out).toBe([
      '## audit-reconcile',
      '',
      '✖ 1 problem (1 error, 0 warnings) in 1 file',
      '',
      '| File | Line | Severity | Rule | Message |',
      '|---|---|---|---|---|',
      '| `docs/STATUS.md` | 118 | error | `status-conflict` | Unexpected status `todo` for `Item`, line 2 says `done` (see line 24) |',
      '',
      '<details><summary>Reconciled items (1)</summary>',
      '',
      '**docs/STATUS.md**',
      '',
      '| Item | Claims | Reconciled |',
      '|---|---|---|',
      '| Grafana | done (line 24), todo (line 118) | **disputed** |',
      '',
      '</details>',
      '',
    ].join('\n'))
  })

  it('lists every stated number with what it was compared with, in a collapsed block', () => {
    const out = markdown(makeResult({
      documents: [makeDocument({
        summary: { items: 0, byStatus: {}, sections: [], stated: [
          { subject: 'Files | Updated', kind: 'count', value: 5, line: 28, recomputed: 4, against: 'the entries of the list below (2 + 2)' },
          { subject: 'Coverage', kind: 'percent', value: 80, line: 30 },
        ] },
      })],
    }), ctx)
    expect(out).toContain([
      '<details><summary>Stated vs recomputed (2)</summary>',
      '',
      '**docs/STATUS.md**',
      '',
      '| Line | Subject | Stated | Recomputed | Compared with |',
      '|---|---|---|---|---|',
      '| 28 | Files \\| Updated | 5 | 4 | the entries of the list below (2 + 2) |',
      '| 30 | Coverage | 80% | — | nothing it sums up was found |',
      '',
      '</details>',
    ].join('\n'))
  })

  it('escapes | and line breaks in cells and strips control characters', () => {
    const out = markdown(makeResult({
      documents: [makeDocument({ items: [makeItem({ name: HOSTILE })] })],
      findings: [makeFinding({ message: HOSTILE })],
      errors: [{ path: 'x.md', message: HOSTILE }],
    }), ctx)
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && l.includes('next'))
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(row).toContain('a%25 b:c,d\\|e <x&y> "q"<br>next<br>line\tcol red link bell\uFFFD')
      // Cells split only at unescaped pipes: the header says how many there are.
      expect(row.split(/(?<!\\)\|/).length).toBeLessThanOrEqual(7)
    }
  })

  it('says a clean run is clean and counts what the baseline suppressed', () => {
    expect(markdown(makeResult({ documents: [makeDocument()], baseline: { path: 'b.json', suppressed: 3 } }), ctx))
      .toBe('## audit-reconcile\n\n✔ No problems in 1 file, 3 findings suppressed by the baseline\n')
  })

  it('keeps a backtick in a path inside its code span', () => {
    const out = markdown(makeResult({ findings: [makeFinding({ path: 'a`b.md' })] }), ctx)
    expect(out).toContain('| ``a`b.md`` |')
  })
})

describe('markdown formatter, size bound', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => makeFinding({ line: i + 1, message: `Unexpected status \`todo\` for \`Item number ${i}\`, ${'padding '.repeat(6)}` }))
  const items = Array.from({ length: 50 }, (_, i) => makeItem({ name: `Item ${i}`, key: `item ${i}` }))

  it('stays under GitHub\'s 1 MiB job-summary limit, cut at a whole row, with a note saying how much it shows', () => {
    const findings = many(20_000)
    const out = markdown(makeResult({ documents: [makeDocument({ items })], findings }), ctx)
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MARKDOWN_LIMIT)
    expect(MARKDOWN_LIMIT).toBeLessThan(1024 * 1024)
    expect(out).toContain('✖ 20000 problems (20000 errors, 0 warnings) in 1 file')
    const rows = out.split('\n').filter((l) => l.startsWith('| `docs/STATUS.md` |'))
    expect(rows.length).toBeGreaterThan(1000)
    expect(rows.at(-1)).toMatch(/^\| `docs\/STATUS\.md` \| \d+ \| error \| `status-conflict` \| Unexpected .* \|$/)
    expect(out.endsWith(`\n\n**The report stops here**, to stay under GitHub's 1 MiB limit for a job summary: ${rows.length} of 20000 findings are above; the totals count everything, and the \`json\` or \`sarif\` report holds it all.\n`)).toBe(true)
    expect(out).not.toContain('<details>')
  })

  it('closes the items block it opened when the items are what is cut', () => {
    const findings = many(3)
    const whole = markdown(makeResult({ documents: [makeDocument({ items })], findings }), ctx)
    const cut = markdown(makeResult({ documents: [makeDocument({ items })], findings }), { ...ctx, maxBytes: Buffer.byteLength(whole) })
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(Buffer.byteLength(whole))
    expect(cut).toContain('all 3 findings are above')
    expect(cut.endsWith('holds it all.\n\n</details>\n')).toBe(true)
    expect(cut.split('\n').filter((l) => l.startsWith('| Item ')).length).toBeLessThan(50)
    // A report that fits is left whole, with no note.
    expect(markdown(makeResult({ documents: [makeDocument({ items })], findings }), { ...ctx, maxBytes: 10 * Buffer.byteLength(whole) })).toBe(whole)
  })
})
