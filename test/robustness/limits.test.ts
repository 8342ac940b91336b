import { describe, expect, it } from 'vitest'
import { analyseSource } from '../../src/engine/analyse.js'
import { extractDocument } from '../../src/model/extract/index.js'
import { MAX_DEPTH } from '../../src/model/extract/walk.js'
import { boundText, PARSE_LIMITS } from '../../src/parse/limits.js'
import type { Root, RootContent } from 'mdast'

// Shapes on which the parser's cost grows faster than the input are left out with a message,
// and the rest of the document is still read, at the same line numbers.
const bytes = (text: string) => new Uint8Array(Buffer.from(text))
const TAIL = '\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'

/** The status-conflict lines found after the pathological part: proof the rest was read. */
function rest(text: string) {
  const { result, errors } = analyseSource(bytes(text), 'p.md')
  const conflicts = result?.findings.filter((f) => f.ruleId === 'status-conflict').map((f) => [f.line, f.related.map((r) => r.line)])
  return { errors: errors.map((e) => e.message), conflicts }
}

describe('pathological shapes: a message naming the lines, the rest still checked', () => {
  it('10,000-deep nested lists and blockquotes on one line (gen-corpus --pathological)', () => {
    for (const marker of ['- ', '> ']) {
      const r = rest(`# Deep\n\n${marker.repeat(10_000)}deep ✅ Done${TAIL}`)
      expect(r.errors).toEqual([`Line 3 not analysed: lists or blockquotes nested about 10,000 deep, over the limit of ${PARSE_LIMITS.nesting}`])
      expect(r.conflicts).toEqual([[9, [5]]])
    }
  })

  it('lists nested 3,000 deep by indentation, one level a line', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`)
    const r = rest(`# Deep\n\n${lines.join('\n')}${TAIL}`)
    expect(r.errors[0]).toBe('Line 35 not analysed: lists or blockquotes nested about 33 deep, over the limit of 32')
    expect(r.errors).toHaveLength(3000 - 32)
    expect(r.conflicts).toEqual([[3008, [3004]]])
  })

  it('a 5 MB single line (gen-corpus --pathological)', () => {
    const line = 'word ✅ 50% | **bold** `code` '.repeat((5 * 1024 * 1024) / 32)
    const r = rest(`# Long line\n\n${line}${TAIL}`)
    expect(r.errors).toEqual([`Line 3 not analysed: ${line.length.toLocaleString('en-US')} characters long, over the limit of 100,000`])
    expect(r.conflicts).toEqual([[9, [5]]])
  })

  it('paragraphs of nested emphasis and images, and a 300 KB paragraph', () => {
    const shapes = ['*_'.repeat(5000) + 'a' + '_*'.repeat(5000), '!['.repeat(2000) + 'x' + '](y)'.repeat(2000), 'words and more words\n'.repeat(15_000)]
    for (const shape of shapes) {
      const text = `# P\n\n${shape}${TAIL}`
      const r = rest(text)
      const lines = shape.split('\n').filter(Boolean).length
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatch(lines === 1 ? /^Line 3 not analysed: a paragraph (of|with) / : new RegExp(`^Lines 3–${lines + 2} not analysed: a paragraph of 300,000 characters`))
      const heading = text.split('\n').indexOf('### Login ✅') + 1
      expect(r.conflicts).toEqual([[heading + 4, [heading]]])
    }
  })

  it('a "---" line, or a delimiter row that starts no table, keeps the paragraph limits on', () => {
    const paragraph = 'words and more words\n'.repeat(15_000)
    const marks = '*a* [b] '.repeat(1_000) + '\n'
    // A setext underline, a thematic break, a row without a pipe, and one whose cells are not the header's.
    for (const line of ['---', ':---:', '- - -', '--- | --- | ---']) {
      const text = `# P\n\na | b\n${line}\n${paragraph}`
      expect(boundText(text).skipped.map((s) => s.reason), line).toEqual([expect.stringMatching(/^a paragraph of 3\d\d,\d{3} characters/)])
      const marked = `# P\n\na | b\n${line}\n${marks.repeat(3)}`
      expect(boundText(marked).skipped.map((s) => s.reason), line).toEqual([expect.stringMatching(/^a paragraph with \d{2},\d{3} emphasis, code and link marks/)])
    }
    // A real table (a pipe, the header's cell count) is parsed cell by cell: no limit.
    for (const head of ['a | b\n--- | ---', '| a |\n|---|', 'a\n|---|']) expect(boundText(`${head}\n${paragraph}`).skipped, head).toEqual([])
  })

  it('leaves front matter alone: YAML indentation is no nesting', () => {
    const yaml = Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')
    const text = `---\n${yaml}\n---\n# T\n\n${'  '.repeat(40)}- deep\n`
    expect(boundText(text).skipped).toEqual([{ line: 65, endLine: 65, reason: expect.stringMatching(/nested about \d+ deep/) }])
    // Unclosed, the opening "---" is a thematic break and the lines below are markdown.
    expect(boundText(`---\n${yaml}\n`).skipped.length).toBeGreaterThan(0)
  })

  it('leaves ordinary text, code blocks and tables alone, and returns the same text', () => {
    const table = `| Item | Status |\n|---|---|\n${'| x | ✅ **Done** |\n'.repeat(10_000)}`
    const code = `\`\`\`\n${'*_[!'.repeat(20_000)}\n\`\`\`\n`
    const list = '- [x] **Task** number ✅ `done`\n'.repeat(20_000)
    const quoted = '> - [x] **Task** number ✅\n'.repeat(20_000)
    for (const text of [table, code, list, quoted, '# Title\n\n- a\n  - b\n    - c\n']) expect(boundText(text)).toEqual({ text, skipped: [] })
  })

  it('the extractor stops at MAX_DEPTH on a tree built by hand', () => {
    let node: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'Deep: ✅ Done' }] }
    for (let i = 0; i < 10_000; i++) node = { type: 'blockquote', children: [node as never] }
    const root: Root = { type: 'root', children: [node] }
    const doc = extractDocument(root, { path: 't.md', text: 'x\n', encoding: { detected: 'utf-8', issues: [] } })
    expect(MAX_DEPTH).toBeLessThan(10_000)
    expect(doc.claims).toEqual([])
  })
})
