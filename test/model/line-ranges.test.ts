import { describe, expect, it } from 'vitest'
import { innermostRanges } from '../../src/model/line-ranges.js'

const range = (name: string, line: number, endLine: number) => ({ name, span: { line }, endLine })

describe('innermostRanges', () => {
  it('gives each line the range opened last before it that still holds it', () => {
    const at = innermostRanges([range('outer', 1, 20), range('inner', 5, 8), range('later', 12, 14)])
    const names = Array.from({ length: 22 }, (_, line) => at(line)?.name ?? '-')
    // A range holds the lines after its own, up to its end line.
    expect(names.join(' ')).toBe('- - outer outer outer outer inner inner inner outer outer outer outer later later outer outer outer outer outer outer -')
  })

  it('keeps the first of ranges opened on the same line, whatever order they come in', () => {
    const at = innermostRanges([range('b', 3, 4), range('a', 1, 9), range('c', 3, 9)])
    // b holds line 4 only; past it, c (opened on the same line, later) is still inside a.
    expect([at(4)?.name, at(5)?.name, at(2)?.name]).toEqual(['b', 'c', 'a'])
  })

  it('answers nothing outside every range and for no ranges at all', () => {
    expect(innermostRanges([range('x', 2, 3)])(7)).toBeUndefined()
    expect(innermostRanges([])(1)).toBeUndefined()
  })
})
