import { describe, expect, it } from 'vitest'
import { DECIMAL_COMMA, DECIMAL_POINT, detectConvention, numberEvidence, readNumeral } from '../../src/model/extract/number-convention.js'
import { readNumberCell, readPercent, readQuantity } from '../../src/model/extract/numbers.js'
import { lineQuantity } from '../../src/model/extract/quantities.js'
import { modelOf } from '../helpers/fixtures.js'

describe('numberEvidence', () => {
  it.each([
    ['Budget: 1.234,5 EUR', { point: 0, comma: 1 }],
    ['Zeilen: 1.234.567', { point: 0, comma: 1 }],
    ['Dauer: 3,25 Tage', { point: 0, comma: 1 }],
    ['Fortschritt: 12,5 %', { point: 0, comma: 1 }],
    ['Budget: 1,234.5 USD', { point: 1, comma: 0 }],
    ['Lines: 1,234,567', { point: 1, comma: 0 }],
    ['Progress: 88.6%', { point: 1, comma: 0 }],
    ['Dauer (3,25 Tage) und **12,5 %**', { point: 0, comma: 2 }],
  ])('%s', (text, votes) => {
    expect(numberEvidence(text)).toEqual(votes)
  })

  it.each([
    ['1,234 lines and 1.234 lines'],
    ['version 2.5, v2.001, release 1.2.3'],
    ['on 15.03.2024 at 12:30, build #1,204, see 1,2,3'],
    ['path src/1.234,5/x and -1,25'],
    ['```\nrange(1,10) = 0,25\n```\nand `f(3,25)`'],
    ['All services use SemaphoreSlim(1,1) and max(2,5), on .NET 8.0+'],
    ['Decimal precision (19,4) and a pair [1,2]'],
  ])('finds no evidence in %s', (text) => {
    expect(numberEvidence(text)).toEqual({ point: 0, comma: 0 })
  })
})

describe('detectConvention', () => {
  it('follows the document’s own numbers over its language', () => {
    expect(detectConvention('Progress: 88.6%, 1,204 files', 'de')).toBe(DECIMAL_POINT)
    expect(detectConvention('Progress: 88,6 % and 3,25 days', 'en')).toBe(DECIMAL_COMMA)
    // The side with more unambiguous numbers wins.
    expect(detectConvention('88.6% of 1.234,5 and 2,75', 'en')).toBe(DECIMAL_COMMA)
  })

  it('falls back to the language, then to the decimal point', () => {
    for (const code of ['de', 'es', 'it', 'pt', 'fr', 'ru'] as const) expect(detectConvention('Gesamt: 15.000 Zeilen', code)).toBe(DECIMAL_COMMA)
    for (const code of ['en', 'zh', 'ja', undefined] as const) expect(detectConvention('Total: 15.000 lines', code)).toBe(DECIMAL_POINT)
  })

  it('is decided per document and kept in the model’s readings', () => {
    const german = modelOf('# Stand\n\nDer Stand der Arbeit ist gut und die Tests sind nicht fertig.\n\n| Teil | Zeilen |\n|---|---|\n| Kern | 9.000 |\n| Tests | 2.500 |\n')
    expect(german.tables[0]!.rows.map((r) => r[1]!.number)).toEqual([9000, 2500])
    const english = modelOf('# Status\n\nThe state of the work is good and the tests are not done.\n\n| Part | Lines |\n|---|---|\n| Core | 9.5 |\n| Tests | 2,500 |\n')
    expect(english.tables[0]!.rows.map((r) => r[1]!.number)).toEqual([9.5, 2500])
  })
})

describe('readers under a decimal comma', () => {
  it('read dot and space grouping and the decimal comma', () => {
    expect(readQuantity('15.000+ Zeilen', DECIMAL_COMMA)).toMatchObject({ value: 15000, rest: '+ Zeilen' })
    expect(readQuantity('1.234,5 Stunden', DECIMAL_COMMA)).toMatchObject({ value: 1234.5 })
    for (const space of [' ', '\u00A0', '\u202F']) expect(readQuantity(`2${space}001 tests`, DECIMAL_COMMA)).toMatchObject({ value: 2001, rest: 'tests' })
    expect(readQuantity('88,6 % erledigt', DECIMAL_COMMA)).toMatchObject({ value: 88.6, percent: true })
    expect(readQuantity('6 (50,0 %)', DECIMAL_COMMA)).toMatchObject({ value: 6, share: 50 })
    expect(readNumberCell('1.204', DECIMAL_COMMA)).toEqual({ number: 1204, approximate: false })
    expect(readNumberCell('1,5', DECIMAL_COMMA)).toEqual({ number: 1.5, approximate: false })
    expect(readPercent('Backend (88,6 %)', true, undefined, DECIMAL_COMMA)?.value).toBe(88.6)
    expect(lineQuantity('Module (1.500 Zeilen)', DECIMAL_COMMA)).toMatchObject({ value: 1500, unit: 'zeilen' })
  })

  it('keeps a decimal point that cannot be a grouping', () => {
    expect(readQuantity('2.5 Tage', DECIMAL_COMMA)).toMatchObject({ value: 2.5 })
  })

  it.each(['1.2.3', 'v2.001', '15.03.2024', '2024-03-15', '12:30', '1,234.5', '192.168.1.1', '#1.204'])('does not read %s as a number', (text) => {
    expect(readNumberCell(text, DECIMAL_COMMA)).toBeUndefined()
  })

  it('a plain space does not group before a percent sign', () => {
    expect(readQuantity('5 100% bestanden', DECIMAL_COMMA)).toMatchObject({ value: 5, rest: '100% bestanden' })
  })
})

describe('readers under a decimal point', () => {
  it('read comma and no-break-space grouping and the decimal point', () => {
    expect(readQuantity('2.5 days')).toMatchObject({ value: 2.5 })
    expect(readQuantity('1,234.5 hours')).toMatchObject({ value: 1234.5 })
    expect(readQuantity('2\u202F001 tests')).toMatchObject({ value: 2001 })
    // A plain space is a separator between numbers, not a grouping, under the decimal point.
    expect(readQuantity('2 001 tests')).toMatchObject({ value: 2, rest: '001 tests' })
    expect(readQuantity('12,5% done')).toMatchObject({ value: 12.5, percent: true })
    expect(readPercent('Docs (12,5%)', true)?.value).toBe(12.5)
    // "1,000%" is no 1%.
    expect(readPercent('Growth (1,000%)', true)).toBeUndefined()
  })

  it.each(['1.2.3', '15.03.2024', '1.234,5', '3,25'])('does not read %s as a number', (text) => {
    expect(readNumberCell(text)).toBeUndefined()
  })

  it('reads a numeral by itself', () => {
    expect(readNumeral('1,204', DECIMAL_POINT)).toBe(1204)
    expect(readNumeral('1,204', DECIMAL_COMMA)).toBe(1.204)
    expect(readNumeral('1.204', DECIMAL_COMMA)).toBe(1204)
    expect(readNumeral('88,6', DECIMAL_POINT)).toBeUndefined()
    expect(readNumeral('88,6', DECIMAL_POINT, true)).toBe(88.6)
  })
})
