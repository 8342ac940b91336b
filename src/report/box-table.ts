/** A table cell: plain text, or text with a style (a colour) applied once it is fitted to its column. */
export type Cell = string | { text: string; style: (text: string) => string }

/** Narrowest a column is squeezed to when the table must fit a width: two characters and `…`. */
const MIN_COLUMN = 3

/**
 * A box-drawn table in cli-table3's compact layout (a rule under the head, none between rows),
 * drawn in linear time. cli-table3 measured every cell anew with a RegExp built per call, which
 * took seconds on a report of many documents and tens of milliseconds on a cold start.
 * test/report/box-table.test.ts checks it against cli-table3 on varied cells.
 *
 * Given `maxWidth` (the terminal's columns), the widest columns are narrowed until the table
 * fits, and cells that no longer fit end in `…`: a border never wraps.
 */
export function boxTable(head: readonly Cell[], rows: readonly (readonly Cell[])[], maxWidth = Infinity): string {
  const all = [head, ...rows]
  const columns = Math.max(...all.map((r) => r.length))
  const cells = all.map((r) => Array.from({ length: columns }, (_, i) => split(r[i] ?? '')))
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...cells.map((r) => Math.max(...r[i]!.lines.map(displayWidth)))))
  narrow(widths, maxWidth - (3 * columns + 1))
  const rule = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right
  const lines = [rule('┌', '┬', '┐')]
  cells.forEach((row, r) => {
    const height = Math.max(...row.map((c) => c.lines.length))
    for (let l = 0; l < height; l++) {
      lines.push('│' + row.map((c, i) => {
        const text = truncate(c.lines[l] ?? '', widths[i]!)
        return ` ${c.style(text)}${' '.repeat(widths[i]! - displayWidth(text))} `
      }).join('│') + '│')
    }
    if (r === 0) lines.push(rule('├', '┼', '┤'))
  })
  lines.push(rule('└', '┴', '┘'))
  return lines.join('\n')
}

function split(cell: Cell): { lines: string[]; style: (text: string) => string } {
  return typeof cell === 'string' ? { lines: cell.split('\n'), style: (t) => t } : { lines: cell.text.split('\n'), style: cell.style }
}

/** Narrows the widest columns, one column at a time, until their sum is at most `room`. */
function narrow(widths: number[], room: number): void {
  let excess = widths.reduce((a, b) => a + b, 0) - room
  while (excess > 0) {
    let widest = 0
    for (let i = 1; i < widths.length; i++) if (widths[i]! > widths[widest]!) widest = i
    if (widths[widest]! <= MIN_COLUMN) return
    widths[widest]!--
    excess--
  }
}

// Made on the first cut: building a segmenter costs a cold run some 15 ms, and most runs cut nothing.
let graphemes: Intl.Segmenter | undefined

/** The text cut to `width` columns, ending in `…` when cut (by whole characters as a terminal shows them). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  let out = ''
  let used = 0
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' })
  for (const { segment } of graphemes.segment(text.replace(ANSI, ''))) {
    const w = displayWidth(segment)
    if (used + w > width - 1) break
    out += segment
    used += w
  }
  return out + '…'
}

// eslint-disable-next-line no-control-regex -- terminal escape sequences are what is removed
const ANSI = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007|(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~])/g
// An emoji as a terminal shows it, two columns: a flag, a keycap, or an emoji (a pictograph shown
// as emoji by default or asked to with U+FE0F), with its skin tone and any ZWJ-joined others.
const EMOJI = /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)\p{EMod}?(?:\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?)\p{EMod}?)*/gu

/** Columns a string takes in a terminal, measured as cli-table3 (string-width 4) measures it. */
export function displayWidth(text: string): number {
  // A plain printable ASCII string, by far the most common cell, is its length.
  if (/^[\x20-\x7E]*$/.test(text)) return text.length
  let width = 0
  for (const ch of text.replace(ANSI, '').replace(EMOJI, '  ')) {
    const code = ch.codePointAt(0)!
    // Control characters and combining diacritics take no column.
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f)) continue
    width += isWide(code) ? 2 : 1
  }
  return width
}

/** East Asian Wide and Fullwidth ranges (as is-fullwidth-code-point, which string-width uses). */
function isWide(code: number): boolean {
  return code >= 0x1100 && (
    code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) || (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x20000 && code <= 0x3fffd))
}
