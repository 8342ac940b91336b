// Bytes → text: BOM and UTF-16 detection, lenient UTF-8 (CESU-8 surrogate halves rejoined, broken
// bytes replaced), a windows-1252 fallback for legacy files, and mojibake repair (UTF-8 once read
// as Windows-1252 or Mac Roman and saved again). Line breaks are never added or removed.
//
// Coordinates. "The file as read" is the text before mojibake repair: every valid UTF-8 sequence is
// its character, every CESU-8 surrogate half is one UTF-16 code unit (so a rejoined pair keeps its
// two columns), and every lone half or maximal run of broken bytes is one U+FFFD. Only mojibake
// repair changes columns; `fileColumn` undoes that, and issue spans are given in the file's columns.
// Only iconv-lite's single-byte tables: the full library bundles every CJK table (1.7 MB) into start-up.
import sbcs from 'iconv-lite/encodings/sbcs-data-generated.js'
import type { EncodingInfo, EncodingIssue } from '../model/types.js'

/** A document's text after decoding and repair, with what was found on the way. */
export interface DecodedText {
  /** Decoded, repaired text; BOM removed; line breaks exactly as in the file (CRLF stays CRLF). */
  text: string
  /** Detected charset and issues, each issue with a span in file coordinates. */
  encoding: EncodingInfo
  /** Maps a 1-based (line, column) of `text` to the column of the same character in the file as read (before repair). Identity on lines without repairs. */
  fileColumn(line: number, column: number): number
}

/** Decoded text, or a file that is not text at all. */
export type DecodeResult = { kind: 'text'; decoded: DecodedText } | { kind: 'binary' }

/** Decodes a file's bytes: BOM / UTF-16 / UTF-8 / windows-1252, then repairs mojibake. */
export function decode(bytes: Uint8Array): DecodeResult {
  const read = readText(bytes)
  if (read === undefined) return { kind: 'binary' }
  const mojibake = read.detected === 'windows-1252' ? undefined : findMojibake(read.text)
  return { kind: 'text', decoded: finish(read, mojibake) }
}

// ---------------------------------------------------------------------------------------------
// Reading: bytes → the text as read, with issues at offsets of that text.

/** An issue at a UTF-16 offset of the text as read; never spans a line break. */
interface RawIssue {
  kind: EncodingIssue['kind']
  offset: number
  length: number
  original: string
  repaired?: string
  charset?: string
}

interface ReadText {
  text: string
  detected: string
  issues: RawIssue[]
}

const SAMPLE_BYTES = 4096

function readText(bytes: Uint8Array): ReadText | undefined {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { ...readUtf8(bytes.subarray(3)), detected: 'utf-8-bom' }
  if (b0 === 0xff && b1 === 0xfe) return readUtf16(bytes.subarray(2), 'le')
  if (b0 === 0xfe && b1 === 0xff) return readUtf16(bytes.subarray(2), 'be')
  if (bytes.indexOf(0) !== -1) {
    const order = sniffUtf16(bytes)
    return order === undefined ? undefined : readUtf16(bytes, order)
  }
  const utf8 = readUtf8(bytes)
  if (utf8.invalid && !utf8.multiByte) return { text: decodeSingleByte(bytes, charsets().cp1252), detected: 'windows-1252', issues: [] }
  return { ...utf8, detected: 'utf-8' }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** UTF-8, strict when the bytes allow it, else byte by byte. */
function readUtf8(bytes: Uint8Array): { text: string; issues: RawIssue[]; invalid: boolean; multiByte: boolean } {
  try {
    const text = strictUtf8.decode(bytes)
    return { text, issues: replacementIssues(text), invalid: false, multiByte: true }
  } catch {
    return decodeUtf8Lenient(bytes)
  }
}

function replacementIssues(text: string): RawIssue[] {
  const issues: RawIssue[] = []
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    issues.push({ kind: 'replacement', offset: at, length: 1, original: '\uFFFD' })
  }
  return issues
}

/** Length of the valid, complete UTF-8 multi-byte sequence at `at` (Unicode Table 3-7), or 0. */
function sequenceLength(b: Uint8Array, at: number, end: number): number {
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
function codePointAt(b: Uint8Array, at: number, length: number): number {
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
function decodeUtf8Lenient(b: Uint8Array): { text: string; issues: RawIssue[]; invalid: boolean; multiByte: boolean } {
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
function hex(b: Uint8Array, from: number, to: number): string {
  let out = HEX[b[from] ?? 0] ?? ''
  for (let i = from + 1; i < to; i++) out += ` ${HEX[b[i] ?? 0] ?? ''}`
  return out
}

function unitsToString(units: Uint16Array, length: number): string {
  const chunks: string[] = []
  for (let at = 0; at < length; at += 0x2000) {
    chunks.push(String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 0x2000)) as unknown as number[]))
  }
  return chunks.join('')
}

/** Byte order of BOM-less UTF-16: most odd (LE) or even (BE) bytes NUL, and the sample reads as clean text. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
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

function readUtf16(bytes: Uint8Array, order: 'le' | 'be'): ReadText {
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

function decodeSingleByte(bytes: Uint8Array, charset: Charset): string {
  const out = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0
    out[i] = b < 0x80 ? b : (charset.toChar[b - 0x80] ?? 0xfffd)
  }
  return unitsToString(out, bytes.length)
}

// ---------------------------------------------------------------------------------------------
// Mojibake: runs of characters of a legacy charset whose bytes are valid UTF-8.

type CharsetName = 'windows-1252' | 'mac-roman'

interface Charset {
  name: CharsetName
  /** Byte 0x80 + i → UTF-16 code unit. */
  toChar: Uint16Array
  /** UTF-16 code unit → byte (0x80–0xFF), 0 when the charset has no such character. */
  toByte: Uint8Array
}

let tables: { cp1252: Charset; macRoman: Charset; leads: RegExp } | undefined

/** Built on first use from iconv-lite's tables. */
function charsets(): { cp1252: Charset; macRoman: Charset; leads: RegExp } {
  if (tables) return tables
  // Undefined in windows-1252; most decoders pass them through as C1 controls.
  const cp1252 = buildCharset('windows-1252', 'windows1252', { 0x81: 0x81, 0x8d: 0x8d, 0x8f: 0x8f, 0x90: 0x90, 0x9d: 0x9d }, {})
  // F0 is the Apple logo; Apple's own table has € at DB (¤ before Mac OS 8.5) and Ω (U+03A9) at BD.
  const macRoman = buildCharset('mac-roman', 'macintosh', { 0xf0: 0xf8ff }, { 0x20ac: 0xdb, 0x03a9: 0xbd })
  // Characters that stand for a UTF-8 lead byte (C2–F4) in either charset: a run needs one.
  let leadChars = ''
  for (const charset of [cp1252, macRoman]) {
    for (let b = 0xc2; b <= 0xf4; b++) leadChars += `\\u${(charset.toChar[b - 0x80] ?? 0).toString(16).padStart(4, '0')}`
  }
  tables = { cp1252, macRoman, leads: new RegExp(`[${leadChars}\\u20ac]`) }
  return tables
}

function buildCharset(name: CharsetName, iconvName: string, undefinedBytes: Record<number, number>, aliases: Record<number, number>): Charset {
  const decoded = (sbcs[iconvName] as { chars: string }).chars
  const toChar = new Uint16Array(128)
  const toByte = new Uint8Array(0x10000)
  for (let i = 0; i < 128; i++) {
    const unit = decoded.charCodeAt(i)
    const char = unit === 0xfffd ? (undefinedBytes[0x80 + i] ?? 0xfffd) : unit
    toChar[i] = char
    if (char !== 0xfffd) toByte[char] = 0x80 + i
  }
  for (const [char, byte] of Object.entries(aliases)) toByte[Number(char)] = byte
  return { name, toChar, toByte }
}

/** A stretch of the text as read that is replaced by `text`. */
interface Repair {
  start: number
  end: number
  text: string
  charset: CharsetName
}

/**
 * The mojibake repairs of the charset that repairs more bytes, plus those of the other charset
 * that touch none of them (a file mangled by two tools in turn), in text order; undefined when
 * there are none. Taking both at once makes the repair idempotent: a second pass finds nothing.
 */
function findMojibake(text: string): Repair[] | undefined {
  const { cp1252, macRoman, leads } = charsets()
  if (!leads.test(text)) return undefined
  const a = repairsIn(text, cp1252)
  const b = repairsIn(text, macRoman)
  const [best, other] = b.bytes > a.bytes ? [b, a] : [a, b]
  if (best.bytes === 0) return undefined
  const overlaps = (r: Repair) => best.repairs.some((s) => r.start < s.end && s.start < r.end)
  return [...best.repairs, ...other.repairs.filter((r) => !overlaps(r))].sort((x, y) => x.start - y.start)
}

function repairsIn(text: string, charset: Charset): { repairs: Repair[]; bytes: number } {
  const { toByte } = charset
  const repairs: Repair[] = []
  let bytes = 0
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c < 0x80 || toByte[c] === 0) {
      i++
      continue
    }
    let j = i + 1
    while (j < n) {
      const d = text.charCodeAt(j)
      if (d < 0x80 || toByte[d] === 0) break
      j++
    }
    if (j - i >= 2) bytes += repairRun(text, i, j, charset, repairs)
    i = j
  }
  return { repairs, bytes }
}

/** Repairs the valid UTF-8 stretches inside one run of charset characters; returns the bytes repaired. */
function repairRun(text: string, start: number, end: number, charset: Charset, repairs: Repair[]): number {
  const { toByte } = charset
  const run = new Uint8Array(end - start)
  for (let k = 0; k < run.length; k++) run[k] = toByte[text.charCodeAt(start + k)] ?? 0
  let repaired = 0
  let k = 0
  while (k < run.length) {
    const from = k
    let out = ''
    let sequences = 0
    let strong = false
    let block = -1 // the 128-code-point block of the weak sequences, NaN once they differ
    for (let length = sequenceLength(run, k, run.length); length > 0; length = sequenceLength(run, k, run.length)) {
      const cp = codePointAt(run, k, length)
      if (cp < 0xa0) break // a C1 control is no character anyone wrote
      out += String.fromCodePoint(cp)
      sequences++
      // Three- and four-byte sequences, and two-byte ones for U+0080–U+00FF (leads C2, C3), are
      // the common mojibake. A lone other two-byte sequence is as often correct text ("l’été"
      // read as Mac Roman is D5 8E, "É…" as windows-1252 is C9 85), so it needs neighbours of
      // the same script ("Ð¿Ñ€Ð¸" is Cyrillic "при"; "’â€™" as Mac Roman is Armenian + Arabic).
      if (length > 2 || (run[k] ?? 0) <= 0xc3) strong = true
      else block = block === -1 || block === cp >> 7 ? cp >> 7 : Number.NaN
      k += length
    }
    if (sequences === 0) {
      k++
      continue
    }
    if (!strong && (sequences < 2 || Number.isNaN(block))) continue
    repairs.push({ start: start + from, end: start + k, text: out, charset: charset.name })
    repaired += k - from
  }
  return repaired
}

// ---------------------------------------------------------------------------------------------
// Result: repaired text, issues in file coordinates, and the column map.

const identityColumn = (_line: number, column: number): number => column

function finish(read: ReadText, mojibake: Repair[] | undefined): DecodedText {
  const { text, detected } = read
  if (read.issues.length === 0 && mojibake === undefined) {
    return { text, encoding: { detected, issues: [] }, fileColumn: identityColumn }
  }
  const lines = lineStarts(text)
  const raw = [...read.issues]
  for (const r of mojibake ?? []) {
    raw.push({ kind: 'mojibake', offset: r.start, length: r.end - r.start, original: text.slice(r.start, r.end), repaired: r.text, charset: r.charset })
  }
  raw.sort((x, y) => x.offset - y.offset)
  const issues = raw.map((issue): EncodingIssue => {
    const { line, column } = position(lines, issue.offset)
    const out: EncodingIssue = { kind: issue.kind, original: issue.original, span: { line, column, endLine: line, endColumn: column + issue.length } }
    if (issue.charset !== undefined) out.charset = issue.charset
    if (issue.repaired !== undefined) out.repaired = issue.repaired
    return out
  })
  if (mojibake === undefined) return { text, encoding: { detected, issues }, fileColumn: identityColumn }
  return { text: applyRepairs(text, mojibake), encoding: { detected, issues }, fileColumn: columnMap(lines, mojibake) }
}

function applyRepairs(text: string, repairs: Repair[]): string {
  const parts: string[] = []
  let from = 0
  for (const r of repairs) {
    parts.push(text.slice(from, r.start), r.text)
    from = r.end
  }
  parts.push(text.slice(from))
  return parts.join('')
}

/** Offsets where each line starts; CRLF, CR and LF each end a line (as in micromark). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) starts.push(i + 1)
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** 1-based line and column of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 }
}

/** One repair on a line, in decoded and in file columns. */
interface Shift {
  decodedStart: number
  decodedEnd: number
  fileStart: number
  fileEnd: number
}

function columnMap(lines: number[], repairs: Repair[]): DecodedText['fileColumn'] {
  const byLine = new Map<number, Shift[]>()
  for (const r of repairs) {
    const { line, column } = position(lines, r.start)
    const shifts = byLine.get(line) ?? []
    if (shifts.length === 0) byLine.set(line, shifts)
    const last = shifts.at(-1)
    const delta = last ? last.fileEnd - last.decodedEnd : 0
    const decodedStart = column - delta
    shifts.push({ decodedStart, decodedEnd: decodedStart + r.text.length, fileStart: column, fileEnd: column + (r.end - r.start) })
  }
  return (line, column) => {
    const shifts = byLine.get(line)
    if (shifts === undefined) return column
    // The last repair starting at or before `column`.
    let lo = -1
    let hi = shifts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((shifts[mid]?.decodedStart ?? 0) <= column) lo = mid
      else hi = mid - 1
    }
    const shift = shifts[lo]
    if (shift === undefined) return column
    if (column >= shift.decodedEnd) return column + (shift.fileEnd - shift.decodedEnd)
    return Math.min(shift.fileStart + (column - shift.decodedStart), shift.fileEnd - 1)
  }
}
