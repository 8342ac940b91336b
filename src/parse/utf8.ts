// UTF-8 byte by byte, for files that are not valid UTF-8 throughout: every valid sequence is its
// character, CESU-8 surrogate halves are rejoined where they pair, and every maximal run of broken
// bytes is one U+FFFD reported with its bytes (see decode.ts for the coordinates this keeps).
import type { RawIssue } from './read-text.js'

/** Length of the valid, complete UTF-8 multi-byte sequence at `at` (Unicode Table 3-7), or 0. */
export function sequenceLength(b: Uint8Array, at: number, end: number): number {
  const lead = b[at] ?? 0
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => i < end && (b[i] ?? 0) >= lo && (b[i] ?? 0) <= hi
  if (lead >= 0xc2 && lead <= 0xdf) return cont(at + 1) ? 2 : 0
  if (lead >= 0xe0 && lead <= 0xef) {
    const ok = cont(at + 1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf) && cont(at + 2)
    return ok ? 3 : 0
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const ok = cont(at + 1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf) && cont(at + 2) && cont(at + 3)
    return ok ? 4 : 0
  }
  return 0
}

/** The code point of a sequence `sequenceLength` accepted. */
export function codePointAt(b: Uint8Array, at: number, length: number): number {
  const c = (i: number): number => (b[at + i] ?? 0) & 0x3f
  const lead = b[at] ?? 0
  if (length === 2) return ((lead & 0x1f) << 6) | c(1)
  if (length === 3) return ((lead & 0x0f) << 12) | (c(1) << 6) | c(2)
  return ((lead & 0x07) << 18) | (c(1) << 12) | (c(2) << 6) | c(3)
}

/** The UTF-16 code unit of a CESU-8 surrogate half (ED A0–BF 80–BF) at `at`, or -1. */
function surrogateHalfAt(b: Uint8Array, at: number, end: number): number {
  if (at + 2 >= end || b[at] !== 0xed) return -1
  const b1 = b[at + 1] ?? 0
  const b2 = b[at + 2] ?? 0
  if (b1 < 0xa0 || b1 > 0xbf || b2 < 0x80 || b2 > 0xbf) return -1
  return 0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f)
}

/** Bytes of an invalid stretch that one U+FFFD stands for (the maximal subpart, as WHATWG does). */
function maximalSubpart(b: Uint8Array, at: number, end: number): number {
  const lead = b[at] ?? 0
  const within = (i: number, lo: number, hi: number): boolean => i < end && (b[i] ?? 0) >= lo && (b[i] ?? 0) <= hi
  if (lead >= 0xe0 && lead <= 0xef) {
    return within(at + 1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf) ? 2 : 1
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if (!within(at + 1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf)) return 1
    return within(at + 2, 0x80, 0xbf) ? 3 : 2
  }
  return 1
}

/** Decodes UTF-8 that is partly broken: surrogate halves rejoined, broken bytes as U+FFFD. */
export function decodeUtf8Lenient(b: Uint8Array): { text: string; issues: RawIssue[]; invalid: boolean; multiByte: boolean } {
  const end = b.length
  const out = new Uint16Array(end) // every path below writes at most one unit per byte
  const issues: RawIssue[] = []
  let o = 0
  let invalid = false
  let multiByte = false
  let i = 0
  while (i < end) {
    const lead = b[i] ?? 0
    if (lead < 0x80) {
      out[o++] = lead
      i++
      continue
    }
    const length = sequenceLength(b, i, end)
    if (length > 0) {
      multiByte = true
      const cp = codePointAt(b, i, length)
      if (cp === 0xfffd) issues.push({ kind: 'replacement', offset: o, length: 1, original: '\uFFFD' })
      if (cp > 0xffff) {
        out[o++] = 0xd800 + ((cp - 0x10000) >> 10)
        out[o++] = 0xdc00 + ((cp - 0x10000) & 0x3ff)
      } else {
        out[o++] = cp
      }
      i += length
      continue
    }
    const half = surrogateHalfAt(b, i, end)
    if (half !== -1) {
      multiByte = true
      const low = half < 0xdc00 ? surrogateHalfAt(b, i + 3, end) : -1
      if (low >= 0xdc00) {
        const repaired = String.fromCharCode(half, low)
        issues.push({ kind: 'surrogate', offset: o, length: 2, original: hex(b, i, i + 6), repaired })
        out[o++] = half
        out[o++] = low
        i += 6
      } else {
        issues.push({ kind: 'surrogate', offset: o, length: 1, original: hex(b, i, i + 3) })
        out[o++] = 0xfffd
        i += 3
      }
      continue
    }
    const skip = maximalSubpart(b, i, end)
    invalid = true
    issues.push({ kind: 'invalid', offset: o, length: 1, original: hex(b, i, i + skip) })
    out[o++] = 0xfffd
    i += skip
  }
  return { text: unitsToString(out, o), issues, invalid, multiByte }
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'))

/** Bytes as "ED B3 8A". */
export function hex(b: Uint8Array, from: number, to: number): string {
  let out = HEX[b[from] ?? 0] ?? ''
  for (let i = from + 1; i < to; i++) out += ` ${HEX[b[i] ?? 0] ?? ''}`
  return out
}

export function unitsToString(units: Uint16Array, length: number): string {
  const chunks: string[] = []
  for (let at = 0; at < length; at += 0x2000) {
    chunks.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 0x2000)) as unknown as number[]))
  }
  return chunks.join('')
}
