// Bytes → text: BOM and UTF-16 detection, lenient UTF-8 (CESU-8 surrogate halves rejoined, broken
// bytes replaced), a windows-1252 fallback for legacy files, and mojibake repair (UTF-8 once read
// as Windows-1252 or Mac Roman and saved again). Line breaks are never added or removed.
//
// Coordinates. "The file as read" is the text before mojibake repair: every valid UTF-8 sequence is
// its character, every CESU-8 surrogate half is one UTF-16 code unit (so a rejoined pair keeps its
// two columns), and every lone half or maximal run of broken bytes is one U+FFFD. Only mojibake
// repair changes columns; `fileColumn` undoes that, and issue spans are given in the file's columns.
import type { EncodingInfo, EncodingIssue } from './encoding.js'
import { charsets, decodeSingleByte, findMojibake, type Repair } from './mojibake.js'
import type { RawIssue, ReadText } from './read-text.js'
import { decodeUtf8Lenient } from './utf8.js'
import { readUtf16, sniffUtf16 } from './utf16.js'

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
