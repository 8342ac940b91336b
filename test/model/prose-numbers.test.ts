import { describe, expect, it } from 'vitest'
import { proseChanges, proseCounts } from '../../src/model/extract/prose-numbers.js'

describe('proseCounts', () => {
  it('reads a total and what it is spread over', () => {
    expect(proseCounts('659 tests across 34 files')).toMatchObject([{ value: 659, unit: 'test', over: { value: 34, unit: 'file' } }])
    expect(proseCounts('Total: 659 tests')).toMatchObject([{ value: 659, unit: 'test' }])
    expect(proseCounts('About 60 tests in total')).toMatchObject([{ value: 60, approximate: true }])
  })

  it('leaves out parts, increments and counts of another clause than the total', () => {
    expect(proseCounts('12 tests failing in total')).toEqual([])
    expect(proseCounts('We added 40 tests this week, 700 tests in total')).toMatchObject([{ value: 700 }])
    expect(proseCounts('Total: 3 of 10 tests')).toEqual([])
    expect(proseCounts('Coverage rose from 1,347 to 2,001 tests, 34 files in total')).toMatchObject([{ value: 34, unit: 'file' }])
    expect(proseCounts('+40 tests, in total')).toEqual([])
  })
})

describe('proseChanges', () => {
  it('reads "from A to B" and "A → B" with the noun and the percentage after them', () => {
    expect(proseChanges('coverage rose from 1,347 to 2,001 tests (+48%)')).toEqual([{ from: 1347, to: 2001, unit: 'test', word: 'tests', percent: { value: 48, approximate: false, text: '+48%' } }])
    expect(proseChanges('Tests: 1,347 → 2,001')).toEqual([{ from: 1347, to: 2001, unit: 'test', word: 'Tests' }])
    expect(proseChanges('Open bugs went from 40 to 30 bugs, down 25%')[0]?.percent?.value).toBe(-25)
  })

  it('reads no percentages, versions or chains as changes', () => {
    expect(proseChanges('Coverage from 45% to 60%')).toEqual([])
    expect(proseChanges('Upgraded v1.2 → v1.3')).toEqual([])
    expect(proseChanges('Releases: 1 → 2 → 4')).toEqual([])
  })
})
