import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { html } from '../../src/report/html.js'
import { HTML_SCRIPT } from '../../src/report/html-script.js'
import type { RunResult } from '../../src/contract/result.js'
import { ruleCatalog } from '../../src/rules/catalog.js'
import { runCli } from '../helpers/cli.js'
import { HOSTILE, makeContext, makeDocument, makeFinding, makeItem, makeResult } from '../helpers/build.js'
import { tempTree } from '../helpers/tmp.js'

/** Every tag the page itself writes; a document's text must never add another. */
const OWN_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'h1', 'h2', 'h3', 'p', 'div', 'span', 'strong', 'label', 'input',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'a', 'i', 'ul', 'li', 'section', 'article', 'code', 'pre', 'mark', 'details',
  'summary', 'dl', 'dt', 'dd', 'script',
])

const tags = (page: string) => [...page.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase())
/** The page with its own style sheet and script cut out, so that only markup made from the result is left. */
const markupOf = (page: string) => page.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/<script>[\s\S]*?<\/script>/, '<script></script>')

const evil = '<script>alert(1)</script></style><img src=x onerror="alert(2)"> \' " &amp;'

function hostileResult(): RunResult {
  const path = `docs/${evil.replace(/\//g, '_')}.md`
  return makeResult({
    documents: [makeDocument({
      path,
      items: [
        makeItem({ name: evil, key: 'evil', claims: [{ status: 'done', source: 'heading', raw: evil, path, line: 2 }, { status: 'todo', source: 'table-row', raw: HOSTILE, path, line: 3 }], status: 'disputed', disputed: true }),
        makeItem({ name: 'Child', key: 'child', parent: 'evil', subject: evil, claims: [{ status: 'todo', source: 'task', raw: '[ ]', path, line: 3 }], status: 'todo' }),
      ],
      summary: { items: 2, byStatus: { disputed: 1, todo: 1 }, stated: [], sections: [{ title: evil, line: 1, items: 2, byStatus: { disputed: 1, todo: 1 } }] },
      excerpts: [{ line: 1, text: `# ${evil}` }, { line: 2, text: evil }, { line: 3, text: HOSTILE.split('\n')[0]! }],
      date: { value: '2024-12-08', source: 'stated', line: 1 },
    })],
    findings: [makeFinding({
      path, line: 2, column: 1, endLine: 2, endColumn: 9, message: `Unexpected \`${evil}\``, items: [evil],
      related: [{ path, line: 3, column: 2, endLine: 3, endColumn: 40, message: evil }],
    })],
    crossDocument: [{ name: evil, status: 'disputed', entries: [{ path, status: 'done', line: 2, date: evil }, { path: evil, status: 'todo', line: 3, date: '2025-01-01' }] }],
    errors: [{ path: evil, message: evil }],
  })
}

describe('html formatter: what a document holds stays text', () => {
  const page = html(hostileResult(), makeContext({ cwd: '/repo', rules: ruleCatalog }))

  it('adds no element of its own: every tag in the page is one the page writes', () => {
    const unknown = [...new Set(tags(markupOf(page)))].filter((t) => !OWN_TAGS.has(t))
    expect(unknown).toEqual([])
    expect(tags(page).filter((t) => t === 'img')).toEqual([])
  })

  it('has one script element, the constant one, and one style element', () => {
    expect(page.match(/<script/gi)).toHaveLength(1)
    expect(page.match(/<\/script/gi)).toHaveLength(1)
    expect(page.match(/<style/gi)).toHaveLength(1)
    expect(page.match(/<\/style/gi)).toHaveLength(1)
    expect(page).toContain(`<script>${HTML_SCRIPT}</script>`)
  })

  it('escapes names, lines, paths and messages, in text and in attributes', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;/style&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &#39; &quot; &amp;amp;')
    // A claim's raw text is a title attribute: its quotes cannot end it.
    expect(page).toMatch(/title="&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;\/style&gt;&lt;img src=x onerror=&quot;alert\(2\)&quot;&gt; &#39; &quot; &amp;amp;"/)
    // No tag gains an attribute: with the quoted values taken out, no tag has an event handler.
    const handlers = [...markupOf(page).matchAll(/<[a-z][^>]*>/g)].map((m) => m[0].replace(/"[^"]*"/g, '""')).filter((t) => /\son\w+=/i.test(t))
    expect(handlers).toEqual([])
    // Terminal sequences are gone, as in every other format.
    expect(page).not.toContain('\x1b')
  })

  it('lets nothing load and no other script run (Content-Security-Policy with the script\'s hash)', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1]
    expect(csp).toMatch(/default-src 'none'/)
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//)
  })

  it('marks the finding\'s own words in its quoted line', () => {
    // Columns 1–8 of line 2: "<script>".
    expect(page).toContain('<span data-ln="2"><mark>&lt;script&gt;</mark>alert(1)')
  })
})

describe('html formatter: layout', () => {
  it('shows the cross-document entries newest first, and the changes with regressions marked', () => {
    const path = 'docs/A.md'
    const page = html(makeResult({
      documents: [makeDocument({ path })],
      crossDocument: [{ name: 'Login', status: 'disputed', entries: [{ path: 'docs/OLD.md', status: 'done', line: 4, date: '2024-01-01' }, { path, status: 'todo', line: 9, date: '2025-02-02' }] }],
      changes: {
        since: 'main', commit: 'abcdef1234567890',
        documents: [{
          path, state: 'modified', progress: [], other: [], reworded: [], added: [], removed: [], numbers: [], verdicts: { added: [], removed: [] },
          regression: [{ name: 'Export', before: { status: 'done', line: 3, raw: '✅' }, after: { status: 'todo', line: 3, raw: '❌' } }],
        }],
      },
    }), makeContext())
    const cross = page.slice(page.indexOf('<table class="cross">'))
    expect(cross.indexOf('docs/A.md, line 9')).toBeLessThan(cross.indexOf('docs/OLD.md, line 4'))
    expect(cross).toContain('<a href="#d1-L9">docs/A.md, line 9</a>')
    expect(page).toContain('<tr class="regression"><td>▼ regression</td><td>Export</td><td>done → todo</td><td>line 3</td></tr>')
  })
})

describe('html formatter: findings', () => {
  const related = [{ path: 'docs/STATUS.md', line: 24, column: 5, endLine: 24, endColumn: 9, message: 'Status `done` stated here' }]

  it('quotes the other side\'s line with its note after it', () => {
    const page = html(makeResult({
      documents: [makeDocument({ excerpts: [{ line: 24, text: '### Login ✅' }, { line: 118, text: '| Login | ❌ |' }] })],
      findings: [makeFinding({ line: 118, column: 3, endColumn: 8, related })],
    }), makeContext())
    expect(page).toContain('<span data-ln="118">| <mark>Login</mark> | ❌ |</span>')
    expect(page).toContain('<div class="where">The other side, line 24</div><pre class="excerpt"><span data-ln="24" data-note="Status done stated here">### <mark>Logi</mark>n ✅</span></pre>')
  })

  it('names the places in words when the result quotes no lines (a result made without excerpts)', () => {
    const page = html(makeResult({ documents: [makeDocument()], findings: [makeFinding({ line: 118, related })] }), makeContext())
    expect(page).toContain('<div class="where">The other side: Status <code>done</code> stated here (line 24)</div>')
    expect(page).not.toContain('<pre')
  })
})

describe('html report of fixtures/examples (the built CLI)', () => {
  const dir = tempTree({})
  const file = join(dir, 'report.html')
  const htmlRun = runCli(['--format', `html:${file}`, 'fixtures/examples'])
  const run = runCli(['--format', 'json', 'fixtures/examples'])
  const result = JSON.parse(run.stdout) as RunResult
  const page = readFileSync(file, 'utf8')

  it('states the JSON report\'s totals, one card per finding and one row per item', () => {
    expect([htmlRun.code, htmlRun.stdout, htmlRun.stderr]).toEqual([1, '', ''])
    expect(page).toContain(`${result.totals.errors + result.totals.warnings} problems (${result.totals.errors} errors, ${result.totals.warnings} warnings) in ${result.totals.files} files`)
    expect(page.match(/<article class="finding/g)).toHaveLength(result.findings.length)
    expect(page.match(/<tr class="item /g)).toHaveLength(result.documents.reduce((n, d) => n + d.summary.items, 0))
  })

  it('draws each document\'s bar from its counts in the JSON report', () => {
    const sections = page.split('<section class="doc"').slice(1)
    expect(sections).toHaveLength(result.documents.length)
    result.documents.forEach((doc, i) => {
      const bar = /<div class="bar"[^>]*>(.*?)<\/div>/.exec(sections[i]!)![1]!
      const counts = Object.fromEntries([...bar.matchAll(/data-status="(\w+)" data-count="(\d+)" style="flex-grow:(\d+)"/g)].map((m) => {
        expect(m[2]).toBe(m[3])
        return [m[1], Number(m[2])]
      }))
      expect(counts).toEqual(Object.fromEntries(Object.entries(doc.summary.byStatus).filter(([, n]) => n > 0)))
    })
  })

  it('quotes the lines the JSON report leaves out unless asked', () => {
    expect(result.documents.every((d) => d.excerpts === undefined)).toBe(true)
    expect(page).toContain('<span id="d1-L6" data-ln="6">### Docker Configuration (85% Complete)</span>')
  })
})
