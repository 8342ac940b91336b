import { describe, expect, it } from 'vitest'
import { tolerance } from '../../src/rules/percent-mismatch.js'
import { ruleCases } from '../helpers/rule-cases.js'

ruleCases('percent-mismatch')

describe('percent-mismatch tolerance', () => {
  it('is the configured points plus the rounding of the stated number', () => {
    expect(tolerance(33, false, 1)).toBe(1.5)
    expect(tolerance(16.7, false, 1)).toBeCloseTo(1.05)
    expect(tolerance(33, false, 0)).toBe(0.5)
  })
  it('reads an approximation as rounded to the nearest 5', () => {
    expect(tolerance(70, true, 1)).toBe(3.5)
  })
})
