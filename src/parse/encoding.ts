import type { Span } from '../contract/span.js'

/** A stretch of text that was repaired or could not be decoded. */
export interface EncodingIssue {
  kind: 'mojibake' | 'surrogate' | 'replacement' | 'invalid'
  /** For mojibake: the charset the text had been read as. */
  charset?: string
  /** The text as it stood in the file, and what it was repaired to (if it was). */
  original: string
  repaired?: string
  span: Span
}

/** What decoding found about the file's bytes. */
export interface EncodingInfo {
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'. */
  detected: string
  issues: EncodingIssue[]
}
