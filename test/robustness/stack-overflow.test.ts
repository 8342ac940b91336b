import { describe, expect, it, vi } from 'vitest'
import { analyseSource } from '../../src/engine/analyse.js'

// The parser running out of stack (remark-gfm's transform recursed once per nesting level
// and overflowed near 3,000 levels before parse/limits.ts) is reported for that file alone.
const failure = vi.hoisted(() => ({ error: new RangeError('Maximum call stack size exceeded') as Error }))
vi.mock('../../src/parse/markdown.js', () => ({
  parseMarkdown: () => {
    throw failure.error
  },
}))

// The documents hold a marker: one without any fact is not parsed at all (model/prescan.ts).
describe('a parser that overflows its stack', () => {
  it('becomes a message naming the file, not a crash', () => {
    failure.error = new RangeError('Maximum call stack size exceeded')
    expect(analyseSource(new Uint8Array(Buffer.from('# T ✅\n')), 'deep.md')).toEqual({
      errors: [{ path: 'deep.md', message: 'Not analysed: Maximum call stack size exceeded (the document nests too deeply or is too large)' }],
    })
  })

  it('is told apart from a bug, which is thrown on', () => {
    failure.error = new TypeError('x is undefined')
    expect(() => analyseSource(new Uint8Array(Buffer.from('# T ✅\n')), 'bug.md')).toThrow(TypeError)
  })
})
