import { decode, type DecodedText } from '../../src/parse/decode.js'

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Bytes from strings (as UTF-8) and raw byte lists, in order. */
export const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)))

/** The decoded text of bytes that must not be taken for binary. */
export function decoded(input: Uint8Array): DecodedText {
  const result = decode(input)
  if (result.kind !== 'text') throw new Error('expected text, got binary')
  return result.decoded
}

/** The repairs of a document as "original → repaired @line:column-endColumn". */
export const repairs = (d: DecodedText): string[] =>
  d.encoding.issues.map((i) => `${i.kind} ${i.charset ?? '-'} ${i.original} → ${i.repaired ?? '∅'} @${i.span.line}:${i.span.column}-${i.span.endColumn}`)
