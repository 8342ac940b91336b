import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkDocument } from '../../src/engine/analyse.js'
import { blankDocument, mayHoldFacts } from '../../src/model/prescan.js'
import { extractDocument } from '../../src/model/extract/index.js'
import { defaultVocabulary } from '../../src/model/vocabulary.js'
import { decode } from '../../src/parse/decode.js'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { REPO } from '../helpers/cli.js'

/** Both paths on the same bytes: the full parse, and the blank model the pre-scan allows. */
function bothPaths(bytes: Uint8Array) {
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') throw new Error('binary')
  const { text, encoding, fileColumn } = decoded.decoded
  const full = checkDocument(extractDocument(parseMarkdown(text), { path: 'doc.md', text, encoding, columnMap: fileColumn }))
  const blank = checkDocument(blankDocument('doc.md', text, encoding))
  return { skip: !mayHoldFacts(text, defaultVocabulary), full: { findings: full.findings, entry: full.entry }, blank: { findings: blank.findings, entry: blank.entry } }
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
  })
}

/** Every line of the fixtures, plus lines that are markdown structure without any status word. */
const lines = [
  ...markdownFiles(join(REPO, 'fixtures')).flatMap((f) => readFileSync(f, 'utf8').split('\n')),
  '# Overview', '## Notes for the team', '| Area | Owner | Notes |', '|---|---|---|', '| Search | Alice | see the wiki |',
  '| Billing | Bob | — |', '- Search', '- Billing', '  - nested entry', '* Exports', '> quoted prose about the service', '```',
  'const a = b', '    indented code', '***', 'Plain prose about the gateway and the cache.', '[link](https://example.com/x)',
  'Author: Jane', 'Owner: platform team', '<details><summary>More</summary>', '</details>', '| Name |', '|--|',
  'The gateway talks to the cache â€™ every minute.', 'Caf\u00c3\u00a9 menu notes', '',
]

/** A deterministic random source (mulberry32), so a failure names a reproducible case. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('pre-scan', () => {
  it('skips only documents whose full parse finds nothing but what the blank model finds', () => {
    const rand = random(6)
    const inert = lines.filter((l) => !mayHoldFacts(l, defaultVocabulary))
    let skipped = 0
    let parsed = 0
    for (let n = 0; n < 600; n++) {
      // Half the documents are made of lines that are each inert, so that many are skipped;
      // the rest mix in any fixture line, so that the pre-scan's "parse" answers are exercised too.
      const pool = n % 2 === 0 ? inert : lines
      const doc = Array.from({ length: 3 + Math.floor(rand() * 30) }, () => pool[Math.floor(rand() * pool.length)]!).join('\n')
      const { skip, full, blank } = bothPaths(Buffer.from(doc))
      if (!skip) { parsed++; continue }
      skipped++
      expect(blank, `case ${n}:\n${doc}`).toEqual(full)
    }
    expect(skipped).toBeGreaterThan(200)
    expect(parsed).toBeGreaterThan(200)
  })

  it('answers the encoding rule on a skipped document as the full parse does', () => {
    const { skip, full, blank } = bothPaths(Buffer.from('# Menu\n\nThe cafÃ© serves tea â€” and coffee.\n'))
    expect(skip).toBe(true)
    expect(full.findings.map((f) => f.ruleId)).toEqual(['encoding'])
    expect(blank).toEqual(full)
  })

  it.each([
    ['a status word hidden by emphasis', 'The search is im**ple**mented'],
    ['a status word behind an entity', 'Search: &#100;one'],
    ['a placeholder', 'Report for [Project Name]'],
    ['a directive', '<!-- audit-reconcile-disable placeholder -->'],
    ['front matter', '---\ntitle: Notes\n---\n\nProse'],
    ['a task box', '- [x] Search'],
    ['a marker', '### Search ✅'],
    ['a number', 'Open items: 3'],
    ['a label word', '## Remaining\n\n- Search'],
  ])('parses a document with %s', (_what, text) => {
    expect(mayHoldFacts(text, defaultVocabulary)).toBe(true)
  })
})
