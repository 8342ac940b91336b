import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { pieceStarts } from '../../src/parse/split-blocks.js'
import { REPO } from '../helpers/cli.js'

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
  })
}

const tricky = [
  '# A\n\ntext\n\n```\n\n# not a heading\n\n```\n\n# B\n\nmore\n',
  '# A\n\n````md\n```\n\n# still code\n```\n````\n\n# B\n',
  '# A\n\n<!-- a comment\n\n# inside the comment\n\n-->\n\n# B\n\ntext\n',
  '# A\n\n<pre>\n\n# inside pre\n\n</pre>\n\n# B\n',
  '---\ntitle: x\n\n# a YAML comment\nupdated: 2025-01-01\n---\n\n# A\n\ntext\n\n# B\n',
  '# A\n\n- item\n- item\n\n# B\n\n> quote\n\n# C\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n# D\n',
  '# A\r\n\r\ntext\r\n\r\n# B\r\n\r\n- [x] done\r\n\r\n# C\r\n',
  '# A\r\rtext\r\r# B\r\rmore\r',
  '# A\n\n[ref]: https://example.com\n\n# B\n\nsee [ref]\n',
  '# A\n\ntext[^1]\n\n# B\n\n[^1]: note\n',
  '# A\n\n    indented code\n\n# B\n\nSetext\n======\n\n# C\n',
  '# A\n\n<div>\n# right after html\n</div>\n\n# B\n',
  '# A\n\n- list\n\n  ```\n\n# in a list fence?\n  ```\n\n# B\n',
  '#A not a heading\n\n#\n\n# B ✅\n\n## C (50% Complete)\n\n### D\n',
]

describe('parsing in pieces', () => {
  it('gives the tree a whole parse gives, positions and all', () => {
    const docs = [...tricky, ...markdownFiles(join(REPO, 'fixtures')).map((f) => readFileSync(f, 'utf8'))]
    let cut = 0
    for (const text of docs) {
      for (const piece of [1, 40, 200]) {
        if (pieceStarts(text, piece).length > 1) cut++
        expect(parseMarkdown(text, piece), `${piece}: ${text.slice(0, 200)}`).toEqual(parseMarkdown(text, Infinity))
      }
    }
    expect(cut).toBeGreaterThan(50)
  })

  it('cuts only before a heading after a blank line, outside code, HTML blocks and front matter', () => {
    const at = (text: string) => pieceStarts(text, 1).map((i) => text.slice(i, i + 20).split('\n')[0])
    expect(at(tricky[0]!)).toEqual(['# A', '# B'])
    expect(at(tricky[2]!)).toEqual(['# A', '# B'])
    expect(at(tricky[4]!)).toEqual(['---', '# A', '# B'])
    expect(at(tricky[8]!)).toEqual(['# A'])
    expect(at(tricky[11]!)).toEqual(['# A', '# B'])
  })
})
