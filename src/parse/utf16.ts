// UTF-16, with a BOM or sniffed from the NUL bytes of mostly-ASCII text; lone surrogates become
// U+FFFD, reported with their bytes.
import type { ReadText, RawIssue } from './read-text.js'
import { hex } from './utf8.js'

const SAMPLE_BYTES = 4096

/** Byte order of BOM-less UTF-16: most odd (LE) or even (BE) bytes NUL, and the sample reads as clean text. */
export function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const size = Math.min(bytes.length, SAMPLE_BYTES) & ~1
  const pairs = size / 2
  if (pairs === 0) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < size; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const order = oddNul * 2 > pairs && evenNul * 10 < pairs ? 'le' : evenNul * 2 > pairs && oddNul * 10 < pairs ? 'be' : undefined
  return order !== undefined && cleanUtf16(utf16Units(bytes.subarray(0, size), order), bytes.length > size) ? order : undefined
}

/** No NUL, no control characters but tab and line breaks, no lone surrogates (a cut pair at a cut end is fine). */
function cleanUtf16(text: string, cut: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) return false
    if (c === 0xfffe || c === 0xffff) return false
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else if (!(cut && i === text.length - 1)) return false
    } else if (c >= 0xdc00 && c <= 0xdfff) return false
  }
  return true
}

function utf16Units(bytes: Uint8Array, order: 'le' | 'be'): string {
  const buffer = Buffer.from(bytes.subarray(0, bytes.length & ~1))
  if (order === 'be') buffer.swap16()
  return buffer.toString('utf16le')
}

export function readUtf16(bytes: Uint8Array, order: 'le' | 'be'): ReadText {
  let text = utf16Units(bytes, order)
  const issues: RawIssue[] = []
  if (/[\uD800-\uDFFF\uFFFD]/.test(text)) {
    const parts: string[] = []
    let from = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 0xfffd) issues.push({ kind: 'replacement', offset: i, length: 1, original: '\uFFFD' })
      if (c < 0xd800 || c > 0xdfff) continue
      const next = text.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      const unit = order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]
      issues.push({ kind: 'surrogate', offset: i, length: 1, original: hex(Uint8Array.from(unit), 0, 2) })
      parts.push(text.slice(from, i), '\uFFFD')
      from = i + 1
    }
    parts.push(text.slice(from))
    text = parts.join('')
  }
  if (bytes.length % 2 === 1) {
    issues.push({ kind: 'invalid', offset: text.length, length: 1, original: hex(bytes, bytes.length - 1, bytes.length) })
    text += '\uFFFD'
  }
  return { text, detected: order === 'le' ? 'utf-16le' : 'utf-16be', issues }
}
