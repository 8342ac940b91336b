/*
 * Escaping for every output medium, in one place (STYLE 9.6 item 9).
 * Every pattern here is a character class or a sequence of classes that cannot
 * overlap, so each runs in linear time on any input.
 */

/**
 * Terminal escape sequences, removed whole:
 * - CSI `ESC [ params intermediates final` (colours, cursor moves, screen clears);
 * - string sequences `ESC ] … (BEL | ESC \)` (OSC, incl. OSC 8 hyperlinks and window
 *   titles) and `ESC P|X|^|_ …` (DCS, SOS, PM, APC); an unterminated one runs to the
 *   next ESC or the end of the text;
 * - any other `ESC intermediates final` (charset switches, `ESC c` reset, the `ESC \` terminator).
 */
const SEQUENCE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]/g

/**
 * Single characters that a terminal would act on rather than print, each shown as
 * U+FFFD so the reader sees that something was there: C0 controls except TAB and LF
 * (so NUL, BEL, backspace, bare CR, a stray ESC), DEL, the C1 controls U+0080–U+009F
 * (8-bit CSI/OSC among them), and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that can make text display in an order other than
 * the one it has ("Trojan Source").
 */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g

/**
 * Makes document text safe to print to a terminal. CRLF becomes LF; whole escape
 * sequences are removed (for an OSC 8 hyperlink the link text stays, the target goes);
 * every remaining control character becomes U+FFFD. The last pass runs after removal,
 * so pieces that join up once a sequence is removed cannot form a new sequence:
 * the result contains no control character other than TAB and LF.
 */
export function stripControl(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(SEQUENCE, '').replace(CONTROL, '\uFFFD')
}

/** Document text for a one-line field of terminal output: control stripped, TAB and LF as spaces. */
export function oneLine(text: string): string {
  return stripControl(text).replace(/[\t\n]/g, ' ')
}

/**
 * Makes text safe inside a GFM table cell: `|` becomes `\|` and each line break
 * (CRLF, CR or LF) becomes `<br>`. Backslashes are doubled first: otherwise a text
 * `a\|b` would become `a\\|b`, where the escaped backslash leaves the pipe free to
 * split the cell. Doubled backslashes render as one, so the text reads as written.
 */
export function escapeTableCell(text: string): string {
  return text.replace(/[\\|]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, '<br>')
}

const MARKDOWN_ACTIVE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '[': '\\[', ']': '\\]' }

/**
 * Document text (an item name, a message quoting one) for a GFM table cell, where it must stay
 * text: control stripped, escaped for the cell, and outside its code spans every `<`, `>` and
 * `&` as an entity and `[`, `]` escaped, so that no HTML (`<img>`, `</details>`), autolink,
 * link or image is made of it. Inside a code span (a backtick run to the next run of the same
 * length, as CommonMark reads it) nothing is markup, so it is left as written; backslashes are
 * doubled by escapeTableCell, so none escapes a backtick.
 */
export function markdownCell(text: string): string {
  const clean = stripControl(text)
  let out = ''
  let at = 0
  // Pipes and backslashes first (as escapeTableCell), then the markup, then line breaks as <br>.
  const outside = (part: string) => part.replace(/[\\|]/g, (ch) => `\\${ch}`).replace(/[&<>[\]]/g, (ch) => MARKDOWN_ACTIVE[ch] ?? ch).replace(/\r\n|\r|\n/g, '<br>')
  for (let i = 0; i < clean.length;) {
    if (clean[i] !== '`') { i++; continue }
    let n = i
    while (clean[n] === '`') n++
    const fence = clean.slice(i, n)
    // The closing run: the same length, not part of a longer run.
    let close = clean.indexOf(fence, n)
    while (close !== -1 && (clean[close + fence.length] === '`')) {
      let end = close
      while (clean[end] === '`') end++
      close = clean.indexOf(fence, end)
    }
    if (close === -1) { i = n; continue }
    out += outside(clean.slice(at, i)) + escapeTableCell(clean.slice(i, close + fence.length))
    at = i = close + fence.length
  }
  return out + outside(clean.slice(at))
}

/**
 * A path, id or revision as an inline code span inside a GFM table cell: control stripped,
 * escaped for the cell, and fenced with one more backtick than the longest run inside it
 * (padded with a space when the text starts or ends with one), so no backtick can end it.
 */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${escapeTableCell(stripControl(text))}${pad}${fence}`
}

const WORKFLOW: Record<string, string> = { '%': '%25', '\r': '%0D', '\n': '%0A', ':': '%3A', ',': '%2C' }

/** Escapes the message of a GitHub workflow command (`::error …::<data>`): `%`, CR and LF. */
export function escapeWorkflowData(text: string): string {
  return text.replace(/[%\r\n]/g, (ch) => WORKFLOW[ch] ?? ch)
}

/** Escapes a property value of a GitHub workflow command (`file=…,title=…`): also `:` and `,`. */
export function escapeWorkflowProperty(text: string): string {
  return text.replace(/[%\r\n:,]/g, (ch) => WORKFLOW[ch] ?? ch)
}

/**
 * Characters XML 1.0 does not allow at all, not even as references: C0 controls except TAB,
 * LF and CR, U+FFFE, U+FFFF and unpaired surrogates. Each becomes U+FFFD.
 */
const XML_INVALID = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const XML: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
}

/** Escapes element text for XML (JUnit, Checkstyle): `&`, `<`, `>`, CR; characters XML forbids become U+FFFD. */
export function escapeXmlText(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD').replace(/[&<>\r]/g, (ch) => XML[ch] ?? ch)
}

/**
 * Escapes an XML attribute value: also quotes, and TAB, LF and CR as character references,
 * since a parser would otherwise normalise them to spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD').replace(/[&<>"'\n\r\t]/g, (ch) => XML[ch] ?? ch)
}

/** XML attributes from a record, each value escaped: `a="1" b="x &amp; y"`. */
export function xmlAttributes(values: Record<string, string | number>): string {
  return Object.entries(values).map(([k, v]) => `${k}="${escapeXmlAttribute(String(v))}"`).join(' ')
}

/** Anything escapeHtml or stripControl would change (CR and ESC among the controls). */
const HTML_SPECIAL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069&<>"']/

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Document text for HTML element content or a double- or single-quoted attribute value: control
 * characters stripped (as for a terminal), then `&`, `<`, `>` and both quotes as references, so
 * no text can open a tag, end an attribute or a `<style>`/`<script>` element.
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: one scan then, not four.
  if (!HTML_SPECIAL.test(text)) return text
  const clean = stripControl(text)
  return /[&<>"']/.test(clean) ? clean.replace(/[&<>"']/g, (ch) => HTML[ch]!) : clean
}
