import { describe, expect, it } from 'vitest'
import { decoded, repairs, utf8 } from '../helpers/decoded.js'


describe('mojibake: UTF-8 read as windows-1252', () => {
  it('repairs "â€™" to ’', () => {
    const d = decoded(utf8('It\u00e2\u20ac\u2122s done'))
    expect(d.text).toBe('It’s done')
    expect(d.encoding.detected).toBe('utf-8')
    expect(repairs(d)).toEqual(['mojibake windows-1252 â€™ → ’ @1:3-6'])
  })

  it('repairs "Ã©" to é', () => {
    const d = decoded(utf8('Caf\u00c3\u00a9 menu'))
    expect(d.text).toBe('Café menu')
    expect(repairs(d)).toEqual(['mojibake windows-1252 Ã© → é @1:4-6'])
  })

  it('repairs "âœ…" to ✅', () => {
    const d = decoded(utf8('- \u00e2\u0153\u2026 Done'))
    expect(d.text).toBe('- ✅ Done')
    expect(repairs(d)).toEqual(['mojibake windows-1252 âœ… → ✅ @1:3-6'])
  })

  it('repairs a four-byte emoji, "ðŸ“Š" to 📊', () => {
    const d = decoded(utf8('## \u00f0\u0178\u201c\u0160 Summary'))
    expect(d.text).toBe('## 📊 Summary')
  })

  it('reads the undefined byte 81 as U+0081 ("Ã\\u0081" is Á)', () => {
    expect(decoded(utf8('\u00c3\u0081rbol')).text).toBe('Árbol')
  })

  it('repairs a word of two-byte sequences of one script ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚" is привет)', () => {
    expect(decoded(utf8('Status: \u00d0\u00bf\u00d1\u20ac\u00d0\u00b8\u00d0\u00b2\u00d0\u00b5\u00d1\u201a')).text).toBe('Status: привет')
  })

  it('repairs only the valid part of a run ("’â€™" keeps its correct ’)', () => {
    const d = decoded(utf8('x \u2019\u00e2\u20ac\u2122 y'))
    expect(d.text).toBe('x ’’ y')
    expect(repairs(d)).toEqual(['mojibake windows-1252 â€™ → ’ @1:4-7'])
  })
})

describe('mojibake: UTF-8 read as Mac Roman', () => {
  it.each([
    ['\u201a\u00fa\u00d6', '✅'],
    ['\u201a\u00f9\u00e5', '❌'],
    ['\u201a\u00f6\u2020\u00d4\u220f\u00e8', '⚠️'],
    ['\uf8ff\u00fc\u00ec\u00e4', '📊'],
  ])('repairs %s to %s', (mojibake, real) => {
    const d = decoded(utf8(`## ${mojibake} Status`))
    expect(d.text).toBe(`## ${real} Status`)
    expect(repairs(d)).toEqual([`mojibake mac-roman ${mojibake} → ${real} @1:4-${4 + mojibake.length}`])
  })

  it('repairs a document mangled by both charsets in one pass, so that a second finds nothing', () => {
    // As Mac Roman the two ✅ repair 6 bytes; "Ã©" does not round-trip as Mac Roman, but as windows-1252 it is é.
    const d = decoded(utf8('\u201a\u00fa\u00d6 one\n\u201a\u00fa\u00d6 two \u00c3\u00a9'))
    expect(d.text).toBe('✅ one\n✅ two é')
    expect(d.encoding.issues.map((i) => i.charset)).toEqual(['mac-roman', 'mac-roman', 'windows-1252'])
    expect(decoded(utf8(d.text)).encoding.issues).toEqual([])
  })

  it('takes the charset that repairs more bytes where both would repair the same characters', () => {
    // "Ã©Ã©" is C3 A9 C3 A9 as windows-1252 (éé) and CC A9 CC A9 as Mac Roman (two U+0329):
    // both charsets would repair it; the other charset's repair of the same characters is dropped.
    const d = decoded(utf8('- \u00c3\u00a9\u00c3\u00a9 \u00e2\u0153\u2026'))
    expect(d.text).toBe('- éé ✅')
    expect(d.encoding.issues.map((i) => i.charset)).toEqual(['windows-1252', 'windows-1252'])
  })
})
