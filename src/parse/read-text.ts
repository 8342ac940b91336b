// The text as read from a file's bytes, before mojibake repair, with the issues found reading it.
import type { EncodingIssue } from './encoding.js'

/** An issue at a UTF-16 offset of the text as read; never spans a line break. */
export interface RawIssue {
  kind: EncodingIssue['kind']
  offset: number
  length: number
  original: string
  repaired?: string
  charset?: string
}

export interface ReadText {
  text: string
  detected: string
  issues: RawIssue[]
}
