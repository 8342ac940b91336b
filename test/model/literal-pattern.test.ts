import { describe, expect, it } from 'vitest'
import { literalPattern } from '../../src/model/literal-pattern.js'

// The alternation the trie replaces: every phrase, longest first, between word boundaries.
const flat = (phrases: string[]) => {
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}
const trie = (phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${literalPattern(phrases)})(?![\\p{L}\\p{N}])`, 'giu')
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]])

describe('literalPattern', () => {
  const phrases = ['done', 'not done', 'not yet done', 'not', 'implemented', 'implementado', 'in progress', 'in-progress', 'won\'t fix', 'n/a', '(wip)', 'a.b', '已完成', 'ÉCHOUÉ', 'd']
  it('matches what the longest-first alternation matches, at the same places', () => {
    const texts = [
      'Not yet done, not done, done; notdone', 'IMPLEMENTADO e implemented, implementedx', 'In-progress and in progress',
      'won\'t fix (wip) n/a a.b axb', '已完成 and échoué ÉCHOUÉ', 'd dd d.', 'not yet', '',
    ]
    for (const text of texts) expect(matches(trie(phrases), text), text).toEqual(matches(flat(phrases), text))
  })

  it('agrees on random phrases and texts', () => {
    let seed = 7
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n }
    const word = () => Array.from({ length: 1 + rnd(4) }, () => 'abn '[rnd(4)]).join('').trim() || 'a'
    for (let round = 0; round < 200; round++) {
      const list = Array.from({ length: 1 + rnd(8) }, word)
      const text = Array.from({ length: 12 }, word).join(rnd(2) ? ' ' : ', ')
      expect(matches(trie(list), text), `${JSON.stringify(list)} in ${text}`).toEqual(matches(flat(list), text))
    }
  })

  it('is empty for no phrases', () => expect(literalPattern([])).toBe(''))
})
