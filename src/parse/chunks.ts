// Where a large document may be cut into pieces that parse the same apart as together.
// micromark keeps every event of the document until the end, and several of its steps re-walk
// all of them (edit-map.ts removes the worst: 1 MB took 13 s, 2 MB 46 s); parsing pieces of
// about CHUNK_SIZE and joining the trees keeps both time and memory linear in the document.
//
// A piece starts at a line that ends every open block whatever came before it: an ATX heading at
// column 0, or, after a blank line, a column-0 line that starts no list item or blockquote (no
// container continues without indentation, and nothing is lazy after a blank line). Lines in a
// fenced code block or an HTML block that may span blank lines (`<!--`, `<pre`, `<script`, …)
// are never a start. Link reference and footnote definitions are appended to every piece
// (markdown.ts). Documents under CHUNK_SIZE are never cut.
//
// A long table or list is one block, and micromark holds every event of a block at once (a
// 50,000-row table took 2.4 GB, a 670 KB nested checklist 1.1 GB), so a table that starts after
// a blank line with `|` rows is also cut between two `|` rows, the piece repeating the table's
// header and delimiter rows (which the parse drops), and a top-level list between two column-0
// items of the same marker; markdown.ts joins the rows or items back into one table or list.

import { startsTable } from './table-rows.js'

/** Whether the text opens with a YAML front matter block that is closed ("---" … "---") within 64 KB. */
export function hasFrontMatter(text: string): boolean {
  if (!/^---[ \t]*\r?\n/.test(text)) return false
  const head = text.slice(0, 65_536)
  return /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(head.slice(3))
}

/** Size in characters past which a document is parsed in pieces of about this size. */
export const CHUNK_SIZE = 64 * 1024

const ATX = /^#{1,6}(?:[ \t]|$)/
/** A list entry's start (CommonMark: a bullet or 1–9 digits and '.' or ')', then a space or the line's end). */
export const LIST_ITEM = /^(?:([-+*])|\d{1,9}([.)]))(?:[ \t]|$)/
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const HTML_OPEN = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?:[\s>]|$))/i
const HTML_CLOSE: [RegExp, string][] = [[/^ {0,3}<!--/, '-->'], [/^ {0,3}<\?/, '?>'], [/^ {0,3}<!\[CDATA\[/, ']]>'], [/^ {0,3}<![A-Za-z]/, '>']]

/** Where a piece starts; a piece inside a table repeats the table's header and delimiter rows. */
export interface Piece {
  start: number
  /** The header and delimiter rows, with their line breaks, to parse before the piece. */
  tableHead?: string
  /** The piece starts with an item of the top-level list the last piece ended with. */
  continuesList?: { afterBlank: boolean }
}

/** The pieces to parse, each starting at the start of a line; the first starts at 0. */
export function chunkStarts(text: string, size = CHUNK_SIZE): Piece[] {
  const starts: Piece[] = [{ start: 0 }]
  if (text.length <= size) return starts
  let fence: string | undefined
  let html: string | RegExp | undefined
  // An HTML block of the kinds that end at a blank line (`<div>`, `<insert link>` alone on a line)
  // swallows a heading that follows it without one, so no cut until that blank line.
  let htmlToBlank = false
  // Front matter (closed, and early: see hasFrontMatter) is never cut inside; an opening "---"
  // that nothing closes is a thematic break, and the document is cut as any other.
  let frontMatter = hasFrontMatter(text)
  let blankBefore = true
  // The table being read: where its header row starts, and where its body starts once known.
  let table: { head: number; header: string; body?: number } | undefined
  // The marker of the top-level list being read (`-`, `+`, `*`, or `.`/`)` for ordered lists).
  let list: string | undefined
  let lineStart = 0
  const breaks = /\r\n|\r|\n/g
  while (lineStart <= text.length) {
    breaks.lastIndex = lineStart
    const br = breaks.exec(text)
    const end = br ? br.index : text.length
    const line = text.slice(lineStart, end)
    const opener = FENCE.exec(line)?.[1]
    if (frontMatter) {
      if (lineStart > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line)) frontMatter = false
    } else if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length && line.trim() === opener) fence = undefined
    } else if (html !== undefined) {
      if (typeof html === 'string' ? line.includes(html) : html.test(line)) html = undefined
    } else {
      if (blankBefore) htmlToBlank = false
      const cut = !htmlToBlank && (ATX.test(line) || (blankBefore && /^[^\s>]/.test(line) && !LIST_ITEM.test(line)))
      const far = lineStart - (starts.at(-1)?.start ?? 0) >= size
      const item = THEMATIC_BREAK.test(line) ? undefined : LIST_ITEM.exec(line)
      const marker = item ? (item[1] ?? item[2]) : undefined
      const sameList = marker !== undefined && marker === list
      // Any other column-0 text may end the list (a lazy line after a code block does), so it does here.
      if (marker === undefined && line.trim() !== '' && !/^\s/.test(line)) list = undefined
      else if (marker !== undefined) list = marker
      if (table && !line.startsWith('|')) table = undefined
      if (table?.body === undefined && table !== undefined) {
        table = startsTable(table.header, line) ? { ...table, body: end + (br?.[0].length ?? 0) } : undefined
      } else if (table?.body !== undefined && far && lineStart > table.body) {
        starts.push({ start: lineStart, tableHead: text.slice(table.head, table.body) })
      } else if (sameList && far) {
        starts.push({ start: lineStart, continuesList: { afterBlank: blankBefore } })
      } else if (cut && far) starts.push({ start: lineStart })
      if (!table && blankBefore && line.startsWith('|')) table = { head: lineStart, header: line }
      if (opener !== undefined) fence = opener
      else if (HTML_OPEN.test(line)) html = htmlEnd(line)
      else if (/^ {0,3}<[A-Za-z/]/.test(line)) htmlToBlank = true
      if (fence !== undefined || html !== undefined) list = undefined
    }
    blankBefore = line.trim() === ''
    if (!br) break
    lineStart = end + br[0].length
  }
  return starts
}

/** What ends an HTML block that may span blank lines, or undefined when this line already ends it. */
function htmlEnd(line: string): string | RegExp | undefined {
  const close = HTML_CLOSE.find(([re]) => re.test(line))?.[1]
  if (close !== undefined) return line.includes(close, line.indexOf('<') + 2) ? undefined : close
  const tag = /<(script|pre|style|textarea)/i.exec(line)?.[1]?.toLowerCase() ?? 'pre'
  const end = new RegExp(`</${tag}>`, 'i')
  return end.test(line) ? undefined : end
}
