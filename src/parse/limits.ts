// Bounds on what is handed to the markdown parser. micromark's cost grows faster than its input
// on a few shapes no status document has: a multi-megabyte line, lists or blockquotes nested
// hundreds deep (remark-gfm's transform also recurses per level and overflows the stack near
// 3,000), and paragraphs of hundreds of kilobytes or thousands of emphasis and link marks.
// Lines of such a shape are emptied before parsing (their line breaks kept, so every other
// line keeps its number and columns) and reported, so nothing is left out silently.

/** The limits; each is far beyond anything a hand- or tool-written status document holds. */
export const PARSE_LIMITS = {
  /** Characters (UTF-16 units) in one line. */
  lineLength: 100_000,
  /** Lists and blockquotes open on one line (estimated from its prefix, never under the real depth). */
  nesting: 32,
  /** Characters in one paragraph (a run of lines that no block marker interrupts). */
  paragraphLength: 200_000,
  /** Emphasis, strikethrough, code, link and HTML marks in one paragraph. */
  paragraphMarks: 5_000,
} as const

/** Lines left out of parsing, and why. */
export interface SkippedLines {
  line: number
  endLine: number
  reason: string
}

/** The text to parse, with the lines that were left out. */
export interface BoundedText {
  text: string
  skipped: SkippedLines[]
}

import { hasFrontMatter } from './chunks.js'
import { startsTable } from './table-rows.js'

const LINE_BREAK = /\r\n|\r|\n/g
const MARKS = /[*_~`[\]!<]/g
const FENCE = /^(`{3,}|~{3,})/
const BLOCK_START = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^#{1,6}(?:[ \t]|$)/

/** Empties lines past the parser's limits; the text is returned as is when none are. */
export function boundText(text: string): BoundedText {
  const lines = text.split(LINE_BREAK)
  const drop = new Set<number>()
  const skipped: SkippedLines[] = []
  let fence: string | undefined
  let para: { from: number; length: number; marks: number } | undefined
  let table = false
  const closeParagraph = (to: number) => {
    if (para && (para.length > PARSE_LIMITS.paragraphLength || para.marks > PARSE_LIMITS.paragraphMarks)) {
      for (let i = para.from; i < to; i++) drop.add(i)
      const why = para.length > PARSE_LIMITS.paragraphLength
        ? `a paragraph of ${count(para.length)} characters, over the limit of ${count(PARSE_LIMITS.paragraphLength)}`
        : `a paragraph with ${count(para.marks)} emphasis, code and link marks, over the limit of ${count(PARSE_LIMITS.paragraphMarks)}`
      skipped.push({ line: para.from + 1, endLine: to, reason: why })
    }
    para = undefined
  }
  // Front matter is YAML, not markdown: its indentation is no nesting, and the parser reads it as
  // one block (it is at most 64 KB, see hasFrontMatter). Its lines are left as they are.
  let frontMatter = hasFrontMatter(text)
  lines.forEach((line, i) => {
    if (frontMatter) {
      if (i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line)) frontMatter = false
      return
    }
    if (line.length > PARSE_LIMITS.lineLength) {
      closeParagraph(i)
      drop.add(i)
      skipped.push({ line: i + 1, endLine: i + 1, reason: `${count(line.length)} characters long, over the limit of ${count(PARSE_LIMITS.lineLength)}` })
      return
    }
    const { depth, rest, item } = prefix(line)
    if (depth > PARSE_LIMITS.nesting) {
      closeParagraph(i)
      drop.add(i)
      skipped.push({ line: i + 1, endLine: i + 1, reason: `lists or blockquotes nested about ${count(depth)} deep, over the limit of ${PARSE_LIMITS.nesting}` })
      return
    }
    const opener = FENCE.exec(rest)?.[1]
    if (fence !== undefined) {
      // Code is not parsed inline, so it costs no more than its length.
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined
      return
    }
    if (opener !== undefined) {
      closeParagraph(i)
      fence = opener
      return
    }
    const blank = rest.trim() === ''
    // A list item's text is a paragraph of its own: a list of 20,000 items is not one paragraph.
    if (blank || item || BLOCK_START.test(rest)) {
      closeParagraph(i)
      table = false
    }
    if (blank) return
    if (para && startsTable(lines[i - 1] ?? '', rest)) {
      // A table: each cell is parsed on its own, so rows do not add up. Its header row is
      // the last line of the paragraph before it, which it takes over. Only a real one: a
      // "---" under a line is a heading, and would switch the paragraph limits off.
      if (para) para.length -= lines[i - 1]?.length ?? 0
      closeParagraph(i - 1)
      table = true
    }
    if (table) return
    para ??= { from: i, length: 0, marks: 0 }
    para.length += line.length
    para.marks += line.match(MARKS)?.length ?? 0
  })
  closeParagraph(lines.length)
  if (drop.size === 0) return { text, skipped }
  return { text: emptyLines(text, drop), skipped: skipped.sort((a, b) => a.line - b.line) }
}

/**
 * How many containers a line opens or continues, estimated from its prefix: each `>` and each
 * list marker counts one, and every two columns of indentation one more (a list nested on its
 * own line is indented at least two). Never less than the real depth. Also returns the rest,
 * and whether the line opens a list item.
 */
function prefix(line: string): { depth: number; rest: string; item: boolean } {
  let depth = 0
  let item = false
  let indent = 0
  let column = 0
  let i = 0
  for (;;) {
    for (; i < line.length; i++) {
      const c = line.charCodeAt(i)
      if (c === 0x20) { column++; indent++ } else if (c === 0x09) { const w = 4 - (column % 4); column += w; indent += w } else break
    }
    const quote = line.charCodeAt(i) === 0x3e
    let end = quote ? i + 1 : markerEnd(line, i)
    if (end === i) break
    if (!quote) item = true
    depth++
    // The one space that ends a marker belongs to it, not to the indentation.
    if (line[end] === ' ') end++
    column += end - i
    i = end
  }
  return { depth: depth + Math.floor(indent / 2), rest: line.slice(i), item }
}

/** The end of a list marker (`-`, `+`, `*`, `1.`, `1)`) followed by a space, tab or line end at `i`, else `i`. */
function markerEnd(line: string, i: number): number {
  let j = i
  const c = line[i]
  if (c === '-' || c === '+' || c === '*') j = i + 1
  else {
    while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 0x30 && line.charCodeAt(j) <= 0x39) j++
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return i
    j++
  }
  return j === line.length || line[j] === ' ' || line[j] === '\t' ? j : i
}

/** The text with the given lines (0-based) emptied and every line break kept as it was. */
function emptyLines(text: string, drop: ReadonlySet<number>): string {
  const parts: string[] = []
  let line = 0
  let from = 0
  for (const m of text.matchAll(LINE_BREAK)) {
    parts.push(drop.has(line) ? '' : text.slice(from, m.index), m[0])
    from = m.index + m[0].length
    line++
  }
  parts.push(drop.has(line) ? '' : text.slice(from))
  return parts.join('')
}

function count(n: number): string {
  return n.toLocaleString('en-US')
}
