import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../src/model/extract/index.js'
import { chunkStarts } from '../../src/parse/chunks.js'
import { decode } from '../../src/parse/decode.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { FIXTURES } from '../helpers/fixtures.js'

// A large document is parsed in pieces (src/parse/chunks.ts). Pieces of 1 and 50 characters cut
// every small document as often as it can be cut; the model must not change.
const SEEDS = new URL('../../../shared/seeds/', import.meta.url).pathname

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith('.md') ? [path] : []
    })
  } catch {
    return []
  }
}

/** The document model of a text, parsed whole or in pieces of `size`. */
function model(text: string, size?: number): string {
  const decoded = decode(new Uint8Array(Buffer.from(text)))
  if (decoded.kind !== 'text') throw new Error('binary')
  const { text: t, encoding } = decoded.decoded
  return JSON.stringify(extractDocument(size === undefined ? parseMarkdown(t) : parseMarkdown(t, size), { path: 'x.md', text: t, encoding }))
}

describe('parsing in pieces gives the model of parsing whole', () => {
  const files = [...markdownFiles(FIXTURES), ...markdownFiles(SEEDS)]
  it('finds documents to cut', () => expect(files.length).toBeGreaterThan(20))
  for (const size of [1, 50]) {
    it(`every fixture and seed, pieces of ${size}`, () => {
      for (const file of files) {
        const text = readFileSync(file, 'utf8')
        expect(model(text, size), file).toBe(model(text))
      }
    })
  }

  it('cuts a long table between rows, repeating its header, and joins the rows into one table', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| Item ${i} | ${i % 3 ? '✅ Done' : '❌ Missing'} | ${i} |`)
    const text = `# T\n\nIntro.\n\n| Item | Status | Count |\n|---|:-:|---|\n${rows.join('\n')}\n\nAfter.\n`
    const pieces = chunkStarts(text, 500)
    expect(pieces.filter((p) => p.tableHead === '| Item | Status | Count |\n|---|:-:|---|\n').length).toBeGreaterThan(5)
    const tree = parseMarkdown(text, 500)
    const tables = tree.children.filter((n) => n.type === 'table')
    expect(tables).toHaveLength(1)
    expect(tables[0]!.children).toHaveLength(301)
    expect(tables[0]!.children.at(-1)!.position!.start.line).toBe(306)
    expect(model(text, 500)).toBe(model(text))
  })

  it('cuts a long list between top-level items and joins them into one list, the same tree', () => {
    const items = Array.from({ length: 200 }, (_, i) => `- Item ${i} ✅\n  - sub a ❌\n\n  - sub b ✅\n    - deep c`)
    const text = `# Checklist\n\n${items.join('\n')}\n\n1. one\n2. two\n\n* other list\n`
    const pieces = chunkStarts(text, 300)
    expect(pieces.filter((p) => p.continuesList !== undefined).length).toBeGreaterThan(10)
    const tree = parseMarkdown(text, 300)
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'list', 'list', 'list'])
    expect(JSON.stringify(tree.children)).toBe(JSON.stringify(parseMarkdown(text).children))
    expect(model(text, 300)).toBe(model(text))
  })

  it('never cuts inside a fenced code block or an HTML comment', () => {
    const filler = 'word '.repeat(30)
    const text = `# A\n\n\`\`\`\n${filler}\n\n# not a heading\n\n${filler}\n\`\`\`\n\n<!--\n${filler}\n\n# hidden\n\n-->\n\n- item\n\n  ${filler}\n\n- item 2\n\n  \`\`\`\n\n- item 3 after a fence\n  \`\`\`\n`
    const cuts = chunkStarts(text, 1).map((p) => text.slice(p.start).split('\n')[0])
    expect(cuts[0]).toBe('# A')
    expect(cuts).toContain('<!--')
    expect(cuts).not.toContain('# not a heading')
    expect(cuts).not.toContain('# hidden')
    expect(cuts).not.toContain('- item 3 after a fence')
    expect(model(text, 1)).toBe(model(text))
  })

  it('keeps line numbers with CRLF and CR line endings', () => {
    const text = '# T\n\n### Login ✅\n\nText.\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'
    for (const eol of ['\r\n', '\r']) {
      const t = text.replace(/\n/g, eol)
      expect(model(t, 1)).toBe(model(t))
    }
  })
})

describe('cuts that would change the tree (found by the property test)', () => {
  const strip = (tree: unknown) => JSON.stringify(tree, (k, v) => (k === 'position' ? undefined : v))
  it.each([
    ['a heading swallowed by an HTML block that ends only at a blank line', '- ✅ **Prometheus Metrics** - Prometheus Metrics\n- - - - - - - deep ✅ Done\n\n<insert link>\n# Login Missing Items'],
    ['a cut inside front matter', '---\n- Complete\n- ✅ **Deploy** - Deploy\n\n---'],
    ['an opening "---" that is never closed (no front matter)', '---\n- Login: ✅ Complete\n- 🚧 **** - \r\n\r\nStatus: 0% complete\n- Login: ✅ Complete'],
  ])('%s', (_what, text) => {
    expect(strip(parseMarkdown(text, 40))).toBe(strip(parseMarkdown(text)))
  })
})

describe('front matter', () => {
  it('a document opening with "---" that never closes it is cut like any other', () => {
    const text = `---\n${'# Section\n\nStatus: ✅ Done\n\n'.repeat(200)}`
    expect(chunkStarts(text, 1000).length).toBeGreaterThan(1)
    expect(model(text, 1000)).toBe(model(text))
    // A closed block is never cut inside, and is cut after.
    const closed = `---\ndate: 2024-12-08\n${'x: 1\n'.repeat(300)}---\n${'# Section\n\nStatus: ✅ Done\n\n'.repeat(200)}`
    const starts = chunkStarts(closed, 1000).map((p) => p.start)
    expect(starts.length).toBeGreaterThan(1)
    expect(starts.slice(1).every((s) => s > closed.indexOf('---\n#'))).toBe(true)
  })

  it('reads a closed block as YAML, and an unclosed opening "---" as a thematic break before a list', () => {
    expect(parseMarkdown('---\ndate: 2024-12-08\n---\n# T\n').children.map((n) => n.type)).toEqual(['yaml', 'heading'])
    expect(parseMarkdown('---\n- Login: ✅ Complete\n- Search\n').children.map((n) => n.type)).toEqual(['thematicBreak', 'list'])
  })
})
