import type { Nodes, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
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
      expect(row).toContain('a%25 b:c,d\\|e &lt;x&amp;y&gt; "q"<br>next<br>line\tcol red link bell\uFFFD')
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

describe('markdown formatter against a real GFM parser', () => {
  // Item names as a document can give them (from inline code, or in a cell), meant to become markup.
  const NAMES = [
    '<img src=x onerror=alert(1)>', '</details><script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>',
    '[click](javascript:alert(1))', '![beacon](https://tracker.example/p.png)', '<https://evil.example>',
    'a `code` and <b>bold</b>', '``<img src=y>``', '`unclosed <img src=z>', 'pipe | and \\| and `|`', 'AT&T &lt;kept&gt;',
  ]

  function nodes(tree: Root): Nodes[] {
    const all: Nodes[] = []
    const walk = (node: Nodes) => { all.push(node); if ('children' in node) for (const child of node.children) walk(child as Nodes) }
    walk(tree)
    return all
  }

  it('makes no HTML, link or image of a name or message, and breaks no table', () => {
    const out = markdown(makeResult({
      documents: [makeDocument({ items: NAMES.map((name, i) => makeItem({ name, key: `k${i}` })) })],
      findings: NAMES.map((name, i) => makeFinding({ line: i + 1, message: `Unexpected status \`todo\` for \`${name}\`, and ${name}` })),
    }), ctx)
    const tree = unified().use(remarkParse).use(remarkGfm).parse(out)
    const all = nodes(tree)
    expect(all.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual(['<details><summary>Reconciled items (11)</summary>', '</details>'])
    expect(all.filter((n) => n.type === 'image' || n.type === 'imageReference' || n.type === 'linkReference')).toEqual([])
    // A bare URL is a link in GFM (autolink literal), showing just that URL: no other link is made.
    for (const link of all.filter((n) => n.type === 'link')) {
      expect(link.children.map((c) => (c as { value: string }).value).join('')).toBe(link.url)
      expect(link.url).toMatch(/^https:\/\/(tracker|evil)\.example/)
    }
    const tables = all.filter((n) => n.type === 'table')
    expect(tables).toHaveLength(2)
    for (const table of tables) {
      const width = table.children[0]!.children.length
      for (const row of table.children) expect(row.children).toHaveLength(width)
      expect(table.children).toHaveLength(NAMES.length + 1)
    }
    // The names still read as written.
    const text = all.filter((n) => n.type === 'text' || n.type === 'inlineCode').map((n) => (n as { value: string }).value).join('')
    for (const name of ['<img src=x onerror=alert(1)>', '[click](javascript:alert(1))', 'AT&T &lt;kept&gt;']) expect(text).toContain(name)
  })
})
