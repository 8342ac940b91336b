import { describe, expect, it } from 'vitest'
import { CJK_LETTER, DIGIT, HAS_LETTER, LETTER, WORDS, WORD_LETTER } from '../../src/model/letters.js'
import { TOTAL, lineQuantity } from '../../src/model/extract/quantities.js'
import { phraseRegex } from '../../src/model/language-words.js'

const every = (cls: string) => {
  const re = new RegExp(`^[${cls}]$`, 'u')
  const out: string[] = []
  for (let c = 0; c <= 0xffff; c++) if (re.test(String.fromCharCode(c))) out.push(String.fromCharCode(c))
  return out
}

describe('letter classes', () => {
  it('hold letters, accents and digits only', () => {
    for (const ch of every(WORD_LETTER)) expect(/[\p{L}\p{M}]/u.test(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(true)
    for (const ch of every(DIGIT)) expect(/\p{Nd}/u.test(ch), `U+${ch.charCodeAt(0).toString(16)}`).toBe(true)
  })

  it('cover the letters of the scripts written with spaces, in both cases', () => {
    const letter = new RegExp(`^[${LETTER}]+$`, 'u')
    for (const word of ['Abgeschlossen', 'TERMINÉ', 'não', 'ЗАВЕРШЕНО', 'завершено', 'Ελληνικά', 'łódź', 'Straße', 'ỹ', '완료', 'שלום', 'مكتمل', 'पूर्ण']) {
      expect(letter.test(word), word).toBe(true)
    }
    // Decomposed accents belong to their word: "e" + U+0301.
    expect(letter.test('terminé'.normalize('NFD'))).toBe(true)
  })

  it('leave Han and kana out of word edges, and in words', () => {
    expect(new RegExp(`[${LETTER}]`, 'u').test('完')).toBe(false)
    expect(new RegExp(`^[${CJK_LETTER}]+$`, 'u').test('已完成テストーひらがな')).toBe(true)
    expect('API完成 und Größe: 7'.match(WORDS)).toEqual(['API完成', 'und', 'Größe'])
    expect(HAS_LETTER.test('12 / 34 %')).toBe(false)
    expect(HAS_LETTER.test('测试')).toBe(true)
  })
})

describe('word edges by LETTER', () => {
  it('end a word at any letter of another word, in every alphabet', () => {
    expect(TOTAL.test('Totalmente')).toBe(false)
    expect(TOTAL.test('Всего задач: 12')).toBe(true)
    expect(TOTAL.test('Всегонет')).toBe(false)
    expect(TOTAL.test('Gesamtübersicht')).toBe(false)
    expect(TOTAL.test('Total: 12')).toBe(true)
  })

  it('let an English word stand next to Chinese text, which has no spaces', () => {
    const re = phraseRegex(['done'])!
    expect([...'done完成'.matchAll(re)].map((m) => m.index)).toEqual([0])
    expect([...'undone'.matchAll(re)]).toEqual([])
  })

  it('still read a count whose unit is Chinese or Cyrillic', () => {
    expect(lineQuantity('Модули (4 модуля)')).toMatchObject({ value: 4, unit: expect.any(String) })
    expect(lineQuantity('测试文件: 12')).toMatchObject({ value: 12 })
  })
})
