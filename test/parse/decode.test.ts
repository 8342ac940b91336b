import { describe, expect, it } from 'vitest'
import { decode } from '../../src/parse/decode.js'
import { bytes, decoded, repairs, utf8 } from '../helpers/decoded.js'


describe('correct text', () => {
  it('leaves é, ï, –, ’, “”, … and emoji alone', () => {
    const text = '# Café status – naïve “quotes” and it’s fine ✅ 📊\nDéjà vu — CAFÉ… l’été, d’après\n'
    const d = decoded(utf8(text))
    expect(d.text).toBe(text)
    expect(d.encoding).toEqual({ detected: 'utf-8', issues: [] })
    expect(d.fileColumn(1, 20)).toBe(20)
  })

  it('pure ASCII is utf-8 with no issues', () => {
    expect(decoded(utf8('# Title\n')).encoding).toEqual({ detected: 'utf-8', issues: [] })
  })
})

describe('BOM and UTF-16', () => {
  const sample = '# Über ✅ 📊\r\nline 2\r\n'
  const utf16le = (text: string): number[] => [...Buffer.from(text, 'utf16le')]
  const utf16be = (text: string): number[] => [...Buffer.from(text, 'utf16le').swap16()]

  it('strips a UTF-8 BOM', () => {
    const d = decoded(bytes([0xef, 0xbb, 0xbf], '# Title\n'))
    expect(d.text).toBe('# Title\n')
    expect(d.encoding.detected).toBe('utf-8-bom')
  })

  it('repairs mojibake after a UTF-8 BOM, columns counted after the BOM', () => {
    const d = decoded(bytes([0xef, 0xbb, 0xbf], 'a \u201a\u00fa\u00d6'))
    expect(d.text).toBe('a ✅')
    expect(repairs(d)).toEqual(['mojibake mac-roman ‚úÖ → ✅ @1:3-6'])
  })

  it('reads UTF-16 LE with a BOM', () => {
    const d = decoded(Uint8Array.from([0xff, 0xfe, ...utf16le(sample)]))
    expect(d.text).toBe(sample)
    expect(d.encoding).toEqual({ detected: 'utf-16le', issues: [] })
  })

  it('reads UTF-16 BE with a BOM', () => {
    const d = decoded(Uint8Array.from([0xfe, 0xff, ...utf16be(sample)]))
    expect(d.text).toBe(sample)
    expect(d.encoding).toEqual({ detected: 'utf-16be', issues: [] })
  })

  it('reads UTF-16 LE without a BOM', () => {
    const d = decoded(Uint8Array.from(utf16le(sample)))
    expect(d.text).toBe(sample)
    expect(d.encoding.detected).toBe('utf-16le')
  })

  it('reads UTF-16 BE without a BOM', () => {
    const d = decoded(Uint8Array.from(utf16be(sample)))
    expect(d.text).toBe(sample)
    expect(d.encoding.detected).toBe('utf-16be')
  })

  it('replaces a lone surrogate in UTF-16 and reports it', () => {
    const d = decoded(Uint8Array.from([0xff, 0xfe, ...utf16le('a '), 0x3d, 0xd8, ...utf16le(' b')]))
    expect(d.text).toBe('a \uFFFD b')
    expect(repairs(d)).toEqual(['surrogate - 3D D8 → ∅ @1:3-4'])
  })
})

describe('line breaks', () => {
  it('keeps CRLF and reports issues on the file’s lines', () => {
    const d = decoded(utf8('# T\r\n\r\n- \u00e2\u0153\u2026 a\r\n- \u201a\u00fa\u00d6 b\r\n'))
    expect(d.text).toBe('# T\r\n\r\n- ✅ a\r\n- ✅ b\r\n')
    expect(repairs(d)).toEqual(['mojibake windows-1252 âœ… → ✅ @3:3-6', 'mojibake mac-roman ‚úÖ → ✅ @4:3-6'])
  })

  it('counts a lone CR as a line break, as micromark does', () => {
    const d = decoded(utf8('a\rb\r\u00c3\u00a9'))
    expect(d.text).toBe('a\rb\ré')
    expect(d.encoding.issues[0]?.span).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 3 })
  })

  it('gives an issue the right line in a multi-line document', () => {
    const d = decoded(utf8('# Status\n\nSome text.\n\n| Item | State |\n|---|---|\n| Login | \u201a\u00fa\u00d6 Done |\n'))
    expect(d.encoding.issues.map((i) => i.span)).toEqual([{ line: 7, column: 11, endLine: 7, endColumn: 14 }])
    expect(d.text.split('\n')[6]).toBe('| Login | ✅ Done |')
  })
})

describe('broken UTF-8', () => {
  // 📊 = U+1F4CA = D83D DCCA; as CESU-8 halves: ED A0 BD, ED B3 8A.
  const high = [0xed, 0xa0, 0xbd]
  const low = [0xed, 0xb3, 0x8a]

  it('rejoins surrogate halves, replaces a lone half, keeps the intact ✅', () => {
    const d = decoded(bytes('# Status\n\n## Report ', high, low, '\n\n## Done ✅ ', low, '\n'))
    expect(d.text).toBe('# Status\n\n## Report 📊\n\n## Done ✅ \uFFFD\n')
    expect(d.encoding.detected).toBe('utf-8')
    expect(repairs(d)).toEqual(['surrogate - ED A0 BD ED B3 8A → 📊 @3:11-13', 'surrogate - ED B3 8A → ∅ @5:11-12'])
  })

  it('keeps columns after a rejoined pair (two code units for two halves)', () => {
    const d = decoded(bytes('a ', high, low, ' \u201a\u00fa\u00d6 x'))
    expect(d.text).toBe('a 📊 ✅ x')
    expect(repairs(d)).toEqual(['surrogate - ED A0 BD ED B3 8A → 📊 @1:3-5', 'mojibake mac-roman ‚úÖ → ✅ @1:6-9'])
  })

  it('reports a U+FFFD already in a valid file', () => {
    const d = decoded(utf8('line 1\nbad \uFFFD here\n'))
    expect(d.text).toBe('line 1\nbad \uFFFD here\n')
    expect(repairs(d)).toEqual(['replacement - \uFFFD → ∅ @2:5-6'])
  })

  it('replaces invalid bytes in a UTF-8 file and stays UTF-8', () => {
    const d = decoded(bytes('✅ caf', [0xe9], ' \uFFFD\n'))
    expect(d.text).toBe('✅ caf\uFFFD \uFFFD\n')
    expect(d.encoding.detected).toBe('utf-8')
    expect(repairs(d)).toEqual(['invalid - E9 → ∅ @1:6-7', 'replacement - \uFFFD → ∅ @1:8-9'])
  })

  it('one U+FFFD per maximal subpart (a cut three-byte sequence is one)', () => {
    const d = decoded(bytes('✅ ', [0xe2, 0x9c], ' x'))
    expect(d.text).toBe('✅ \uFFFD x')
    expect(repairs(d)).toEqual(['invalid - E2 9C → ∅ @1:3-4'])
  })

  it('reads a file with invalid bytes and no UTF-8 sequence as windows-1252', () => {
    const d = decoded(bytes('caf', [0xe9], ' - no', [0x92], 's'))
    expect(d.text).toBe('café - no’s')
    expect(d.encoding).toEqual({ detected: 'windows-1252', issues: [] })
  })
})

describe('binary', () => {
  it('is binary when NUL bytes are scattered', () => {
    expect(decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toEqual({ kind: 'binary' })
  })

  it('is binary for text with one NUL byte', () => {
    expect(decode(utf8('# Title\n\0rest of the file\n'))).toEqual({ kind: 'binary' })
  })

  it('is text when empty', () => {
    expect(decoded(new Uint8Array(0)).text).toBe('')
  })
})

describe('fileColumn', () => {
  it('maps a column after a repair back to the file', () => {
    const d = decoded(utf8('intro\n| \u201a\u00fa\u00d6 Done | x\nafter'))
    expect(d.text).toBe('intro\n| ✅ Done | x\nafter')
    // "x" is column 12 of the decoded line and column 14 of the file's line ("‚úÖ" is 3 units, ✅ is 1).
    expect(d.text.split('\n')[1]!.indexOf('x') + 1).toBe(12)
    expect(d.fileColumn(2, 12)).toBe(14)
    expect(d.fileColumn(2, 1)).toBe(1)
    expect(d.fileColumn(2, 3)).toBe(3)
    expect(d.fileColumn(2, 4)).toBe(6)
    expect(d.fileColumn(1, 4)).toBe(4)
    expect(d.fileColumn(3, 4)).toBe(4)
  })

  it('adds up several repairs on one line, four-byte ones included', () => {
    // "📊 ✅ x ❌ y": 📊 is 2 units for 4, ✅ and ❌ 1 for 3.
    const d = decoded(utf8('\uf8ff\u00fc\u00ec\u00e4 \u201a\u00fa\u00d6 x \u201a\u00f9\u00e5 y'))
    expect(d.text).toBe('📊 ✅ x ❌ y')
    expect(d.fileColumn(1, 6)).toBe(10) // x
    expect(d.fileColumn(1, 10)).toBe(16) // y
    expect(d.fileColumn(1, 3)).toBe(5) // the space after 📊
  })

  it('is the identity when nothing was repaired', () => {
    const d = decoded(utf8('plain ✅ text'))
    expect(d.fileColumn(1, 9)).toBe(9)
  })

  it('works detached from its object (callers destructure it)', () => {
    const { fileColumn } = decoded(utf8('\u201a\u00fa\u00d6 x'))
    expect(fileColumn(1, 3)).toBe(5)
  })
})

describe('speed', () => {
  // The benchmark measures time; these prove that 10 MB decode whole and right.
  it('decodes and repairs a 10 MB document', () => {
    const line = '| Item café – it’s | \u201a\u00fa\u00d6 Done | naïve 85% |\n'
    const big = utf8(line.repeat(Math.ceil(10_000_000 / line.length)))
    const d = decoded(big)
    expect(d.text.startsWith('| Item café – it’s | ✅ Done | naïve 85% |\n')).toBe(true)
    expect(d.encoding.issues.length).toBe(Math.ceil(10_000_000 / line.length))
  })

  it('decodes a 10 MB broken file', () => {
    const chunk = bytes('# Report ', [0xed, 0xb3, 0x8a], ' ✅ ', [0xff], ' done\n')
    const big = new Uint8Array(chunk.length * Math.ceil(10_000_000 / chunk.length))
    for (let at = 0; at < big.length; at += chunk.length) big.set(chunk, at)
    const d = decoded(big)
    expect(d.text.startsWith('# Report \uFFFD ✅ \uFFFD done\n# Report')).toBe(true)
  })
})
