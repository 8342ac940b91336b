import { describe, expect, it } from 'vitest'
import { readNumberCell, readQuantity } from '../../src/model/extract/numbers.js'

describe('readNumberCell', () => {
  it.each([
    ['6', { number: 6, approximate: false }],
    ['1,204', { number: 1204, approximate: false }],
    ['**4**', { number: 4, approximate: false }],
    ['50%', { percent: 50, approximate: false }],
    ['~72%', { percent: 72, approximate: true }],
    ['≈ 70 %', { percent: 70, approximate: true }],
    ['about 70%', { percent: 70, approximate: true }],
    ['6 (50%)', { number: 6, percent: 50, approximate: false }],
    ['3/5', { number: 3, of: 5, approximate: false }],
    ['3 of 5', { number: 3, of: 5, approximate: false }],
    ['72.5%', { percent: 72.5, approximate: false }],
  ])('reads %s', (text, expected) => {
    expect(readNumberCell(text)).toEqual(expected)
  })

  it.each(['1.2.3', 'v2', '2024-05-01', '3/5/2024', '12:30', '$12.99', '€5', '120%', '5 of 3', '8080a', 'n/a', 'Done'])(
    'does not read %s as a number',
    (text) => {
      expect(readNumberCell(text)).toBeUndefined()
    },
  )
})

describe('readQuantity', () => {
  it('keeps what follows the quantity', () => {
    expect(readQuantity('3 of 5 tasks done')).toMatchObject({ value: 3, of: 5, rest: 'tasks done' })
    expect(readQuantity('12 items')).toMatchObject({ value: 12, percent: false, rest: 'items' })
    expect(readQuantity('75% complete')).toMatchObject({ value: 75, percent: true, rest: 'complete' })
  })

  // A backtracking pattern would not finish on these (CI's time limit catches that); the benchmark measures time.
  it('reads long runs of digits and spaces without trying every split', () => {
    // Only the first 200 characters are read: all digits, nothing after them.
    expect(readQuantity(`${'1'.repeat(50_000)}${' '.repeat(50_000)}x`)).toMatchObject({ percent: false, rest: '' })
    expect(readQuantity(`1${' '.repeat(100_000)}/`)).toMatchObject({ value: 1, percent: false })
  })
})
