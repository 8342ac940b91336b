// Every pattern that sees document text must take time linear in it: a document is input from
// anyone, and one that makes a pattern backtrack blocks the run (and, through the MCP server,
// every later call). Each case builds lines of up to 50,000 characters made to backtrack and
// asserts how the time grows from one size to four times it, never how long it takes.
import { describe, expect, it } from 'vitest'
import { mayHoldFacts } from '../../src/model/prescan.js'
import { defaultVocabulary, isHedged, readStatus } from '../../src/model/vocabulary.js'
import { linearIn, run } from '../helpers/growth.js'
import { DECIMAL_COMMA, numberEvidence } from '../../src/model/extract/number-convention.js'
import { readPercent } from '../../src/model/extract/numbers.js'

function expectLinear(fn: (text: string) => unknown, make: (size: number) => string): void {
  const { ok, detail } = linearIn(fn, make)
  expect(ok, detail).toBe(true)
}

describe('status words: readStatus and isHedged are linear', () => {
  it.each([
    ['a done marker and word, then spaces, tabs and underscores', run(' \t_', 'x'), '✅ Done'],
    ['a done marker and word, then emphasis and a filler word', run('*_ now ', 'x'), '✅ Complete'],
    ['a vague marker and word, then spaces', run(' ', '?'), '⚠️ Complete'],
    ['a marker, then a run of markup before a word', run('*_~` ', 'done x'), '✅'],
    ['a marker, then spaces before "with"', run(' ', 'withx'), '✅ Done'],
  ])('%s', (_, make, head) => {
    expectLinear((text) => readStatus(text), (size) => head + make(size))
  })

  it('hedges over long runs of words', () => {
    expectLinear((text) => isHedged(text), run('with some  ', 'done'))
  })
})

describe('the prescan, which sees raw text before any line limit, is linear', () => {
  it.each([
    ['a run of "<"', run('<')],
    ['"<" with letters, never closed', run('<a ')],
    ['entities never closed', run('&a')],
    ['escapes and emphasis', run('\\*_~`')],
  ])('%s', (_, make) => {
    expectLinear((text) => mayHoldFacts(text, defaultVocabulary), make)
  })
})

describe('the number convention, told from the whole text, and a percentage\'s numeral are linear', () => {
  it.each([
    ['a run of grouped digits before a letter', run('1.111,', 'x')],
    ['digits and dots before a letter', run('1.1', 'a')],
  ])('%s', (_, make) => {
    expectLinear((text) => numberEvidence(text), make)
  })

  it('a long numeral before a percent sign', () => {
    expectLinear((text) => readPercent(text, false, undefined, DECIMAL_COMMA), run('1.111', ',1%'))
  })
})
