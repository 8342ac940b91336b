import { describe, expect, it } from 'vitest'
import { showProgress } from '../../src/cli-options.js'
import { progressLine } from '../../src/progress.js'

function fakeTerminal(columns = 40) {
  const written: string[] = []
  let now = 0
  return { stream: { columns, write: (text: string) => written.push(text) }, written, clock: () => now, advance: (ms: number) => { now += ms } }
}

describe('progress line', () => {
  it('stays silent for the first second, then shows files done and the current file, and clears itself', () => {
    const t = fakeTerminal()
    const line = progressLine(t.stream, 1000, 100, t.clock)
    line.update(1, 3, 'docs/a.md')
    t.advance(999)
    line.update(2, 3, 'docs/b.md')
    expect(t.written).toEqual([])
    t.advance(1)
    line.update(2, 3, 'docs/b.md')
    t.advance(10)
    line.update(3, 3, 'docs/c.md')
    line.clear()
    expect(t.written).toEqual(['\r2/3 files  docs/b.md\u001b[K', '\r3/3 files  docs/c.md\u001b[K', '\r\u001b[K'])
  })

  it('writes nothing at all, not even a clear, for a quick run', () => {
    const t = fakeTerminal()
    const line = progressLine(t.stream, 1000, 100, t.clock)
    line.update(1, 1, 'a.md')
    line.clear()
    expect(t.written).toEqual([])
  })

  it('fits the terminal and strips control characters from file names', () => {
    const t = fakeTerminal(30)
    const line = progressLine(t.stream, 0, 0, t.clock)
    line.update(1, 2, 'very/long/folder/name/\u001b[31mred\u0007.md')
    expect(t.written[0]).toBe('\r1/2 files  …lder/name/red\uFFFD.md\u001b[K')
  })

  it('is shown only on a terminal, outside CI, without --quiet', () => {
    expect(showProgress({ isTTY: true }, {}, false)).toBe(true)
    expect(showProgress({ isTTY: false }, {}, false)).toBe(false)
    expect(showProgress({}, {}, false)).toBe(false)
    expect(showProgress({ isTTY: true }, { CI: 'true' }, false)).toBe(false)
    expect(showProgress({ isTTY: true }, { CI: '1' }, false)).toBe(false)
    expect(showProgress({ isTTY: true }, { CI: 'false' }, false)).toBe(true)
    expect(showProgress({ isTTY: true }, {}, true)).toBe(false)
    expect(showProgress({ isTTY: true }, { TERM: 'dumb' }, false)).toBe(false)
  })
})
