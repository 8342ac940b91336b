// Mojibake: runs of characters of a legacy charset (Windows-1252, Mac Roman) whose bytes are
// valid UTF-8, that is UTF-8 text once read in that charset and saved again.
// Only iconv-lite's single-byte tables: the full library bundles every CJK table (1.7 MB) into start-up.
import sbcs from 'iconv-lite/encodings/sbcs-data-generated.js'
import { codePointAt, sequenceLength, unitsToString } from './utf8.js'

export type CharsetName = 'windows-1252' | 'mac-roman'

export interface Charset {
  name: CharsetName
  /** Byte 0x80 + i → UTF-16 code unit. */
  toChar: Uint16Array
  /** UTF-16 code unit → byte (0x80–0xFF), 0 when the charset has no such character. */
  toByte: Uint8Array
}

let tables: { cp1252: Charset; macRoman: Charset; leads: RegExp } | undefined

/** Built on first use from iconv-lite's tables. */
export function charsets(): { cp1252: Charset; macRoman: Charset; leads: RegExp } {
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
export interface Repair {
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
export function findMojibake(text: string): Repair[] | undefined {
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

/** Bytes of a legacy single-byte file, read in the charset. */
export function decodeSingleByte(bytes: Uint8Array, charset: Charset): string {
  const out = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0
    out[i] = b < 0x80 ? b : (charset.toChar[b - 0x80] ?? 0xfffd)
  }
  return unitsToString(out, bytes.length)
}
