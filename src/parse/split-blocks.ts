/**
 * Where a long document can be cut into pieces that parse, one by one, into the same tree as the
 * whole: before an ATX heading at the start of a line that follows a blank line, outside fenced
 * code and outside HTML blocks that run past blank lines (comments, <pre>, <script>, <style>,
 * <textarea>, processing instructions, declarations, CDATA). Such a heading closes every open
 * block (paragraphs, lists, quotes, tables, indented code, other HTML blocks). A document with
 * link reference or footnote definitions, which apply to the whole document, is not cut, nor is
 * the front matter. A fence or HTML block opened with indentation stops the cutting there. remark's parse time grows faster than the text (a 3 MB status document took
 * six times as long as a 1 MB one); pieces keep it in proportion.
 *
 * Returns the character offsets where pieces start (the first is 0), at least `minPiece` apart.
 */
export function pieceStarts(text: string, minPiece: number): number[] {
  const starts = [0]
  if (text.length < 2 * minPiece || DEFINITION.test(text)) return starts
  let fence: { char: string; length: number } | undefined
  let html: RegExp | undefined
  let previousBlank = false
  let offset = 0
  // Front matter is one piece with what follows it: its lines are YAML, not markdown.
  if (/^---\r?\n/.test(text)) {
    const close = /\n---[ \t]*(?:\r?\n|$)/.exec(text)
    if (!close) return starts
    offset = close.index + close[0].length
  }
  while (offset < text.length) {
    const end = text.indexOf('\n', offset)
    const next = end < 0 ? text.length : end + 1
    const line = text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '')
    if (fence) {
      const close = FENCE.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = undefined
    } else if (html) {
      if (html.test(line)) html = undefined
    } else {
      const open = FENCE.exec(line)
      const block = open ? undefined : HTML_BLOCKS.find(([opener]) => opener.test(line))
      // Indented, a fence or an HTML block may sit inside a list item, where the item's end closes
      // it: from there on it cannot be told what is open, so nothing further is cut.
      if ((open || block) && line.startsWith(' ')) return starts
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
        fence = { char: open[1]![0]!, length: open[1]!.length }
      } else {
        if (block && !block[1].test(line.slice(line.indexOf('<') + 2))) html = block[1]
        else if (previousBlank && HEADING.test(line) && offset - starts.at(-1)! >= minPiece && text.length - offset >= minPiece) starts.push(offset)
      }
    }
    previousBlank = line.trim() === ''
    offset = next
  }
  return starts
}

const HEADING = /^#{1,6}(?:[ \t]|$)/
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/
const DEFINITION = /^ {0,3}\[[^\]\n]*\]:/m
/** HTML blocks of kinds 1–5: their opener, and what ends them (even past blank lines). */
const HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]
