import { describe, expect, it } from 'vitest'
import {
  escapeHtml, escapeTableCell, escapeWorkflowData, escapeWorkflowProperty, escapeXmlAttribute, escapeXmlText, markdownCode, oneLine,
  stripControl, xmlAttributes,
} from '../../src/report/escape.js'

/** Any character a terminal would act on: C0 except TAB and LF, DEL, C1. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/

describe('stripControl', () => {
  it.each([
    ['CSI colour codes', '\x1b[31mred\x1b[0m text', 'red text'],
    ['CSI with parameters and intermediates', 'a\x1b[1;32;4mb\x1b[2Jc\x1b[?25ld', 'abcd'],
    ['OSC 8 hyperlink (BEL terminated)', '\x1b]8;;https://evil.example\x07click\x1b]8;;\x07', 'click'],
    ['OSC 8 hyperlink (ST terminated)', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', 'click'],
    ['OSC window title', '\x1b]0;pwned\x07after', 'after'],
    ['unterminated OSC', 'before\x1b]0;title', 'before'],
    ['DCS string', 'a\x1bPq#0;2;0;0;0\x1b\\b', 'ab'],
    ['other ESC sequences', 'a\x1bcb\x1b(Bc', 'abc'],
    ['CRLF to LF', 'a\r\nb', 'a\nb'],
  ])('removes %s', (_, input, expected) => {
    expect(stripControl(input)).toBe(expected)
  })

  it.each([
    ['BEL', 'ding\x07dong', 'ding\uFFFDdong'],
    ['backspace', 'done\b\b\b\btodo', 'done\uFFFD\uFFFD\uFFFD\uFFFDtodo'],
    ['bare CR', 'done\rtodo', 'done\uFFFDtodo'],
    ['NUL and DEL', 'a\x00b\x7fc', 'a\uFFFDb\uFFFDc'],
    ['C1 controls (8-bit CSI, OSC, NEL)', 'a\x9b31mb\x9dc\x85d', 'a\uFFFD31mb\uFFFDc\uFFFDd'],
    ['a stray ESC', 'a\x1b', 'a\uFFFD'],
    ['bidi overrides', 'a\u202eb\u2066c', 'a\uFFFDb\uFFFDc'],
  ])('replaces %s with U+FFFD', (_, input, expected) => {
    expect(stripControl(input)).toBe(expected)
  })

  it('keeps TAB, LF and ordinary text, emoji and mojibake included', () => {
    const text = 'a\tb\n✅ Done ‚úÖ — “quoted” ä'
    expect(stripControl(text)).toBe(text)
  })

  it('cannot be tricked into forming a sequence by removal', () => {
    const out = stripControl('\x1b\x1b[31m[31mred')
    expect(out).not.toMatch(CONTROL)
    expect(out).toBe('\uFFFD[31mred')
  })

  // A backtracking pattern would not finish on these (CI's time limit catches that); the benchmark measures time.
  it('strips adversarial runs of escape sequences', () => {
    const inputs = ['\x1b['.repeat(50_000) + '0', '\x1b]'.repeat(50_000), '\x1b[' + '1;'.repeat(100_000), '\x1b'.repeat(100_000)]
    for (const input of inputs) expect(stripControl(input)).not.toMatch(CONTROL)
  })
})

describe('escapeTableCell', () => {
  it('escapes pipes', () => {
    expect(escapeTableCell('a | b')).toBe('a \\| b')
  })

  it('turns line breaks into <br>', () => {
    expect(escapeTableCell('a\nb\r\nc\rd')).toBe('a<br>b<br>c<br>d')
  })

  it('doubles backslashes, so a backslash before a pipe cannot unescape it', () => {
    expect(escapeTableCell('a\\|b')).toBe('a\\\\\\|b')
    expect(escapeTableCell('C:\\docs')).toBe('C:\\\\docs')
  })
})

describe('workflow command escapes', () => {
  it('escapes %, CR and LF in data', () => {
    expect(escapeWorkflowData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b')
  })

  it('escapes %, CR, LF, : and , in properties', () => {
    expect(escapeWorkflowProperty('C:\\a,b%\r\n')).toBe('C%3A\\a%2Cb%25%0D%0A')
  })

  it('escapes % first, so an escape already in the text survives', () => {
    expect(escapeWorkflowData('%0A')).toBe('%250A')
    expect(escapeWorkflowProperty('%3A')).toBe('%253A')
  })
})

describe('oneLine', () => {
  it('strips control and turns TAB and line breaks into spaces', () => {
    expect(oneLine('a\tb\r\nc\nd\x1b[1me')).toBe('a b c de')
  })
})

describe('XML escapes', () => {
  it('escapes &, <, > and CR in text, keeping quotes, TAB and LF readable', () => {
    expect(escapeXmlText('a & <b> "c" \'d\'\te\nf\r')).toBe('a &amp; &lt;b&gt; "c" \'d\'\te\nf&#13;')
  })

  it('also escapes quotes, TAB, LF and CR in attributes, which a parser would normalise', () => {
    expect(escapeXmlAttribute('a & <b> "c" \'d\'\te\nf\r')).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;&#9;e&#10;f&#13;')
  })

  it('replaces characters XML forbids, even as references, with U+FFFD', () => {
    const bad = 'a\x00b\x1bc\x0cd\ufffee\ud800f'
    expect(escapeXmlText(bad)).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf')
    expect(escapeXmlAttribute(bad)).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf')
  })

  it('keeps surrogate pairs (emoji) whole', () => {
    expect(escapeXmlText('✅ 📊')).toBe('✅ 📊')
  })

  it('builds attribute lists', () => {
    expect(xmlAttributes({ name: 'a"b', tests: 3 })).toBe('name="a&quot;b" tests="3"')
  })
})

describe('markdownCode', () => {
  it('fences text with one more backtick than its longest run, padding a leading or trailing one', () => {
    expect(markdownCode('docs/STATUS.md')).toBe('`docs/STATUS.md`')
    expect(markdownCode('a`b``c')).toBe('```a`b``c```')
    expect(markdownCode('`x')).toBe('`` `x ``')
  })

  it('escapes for the table cell and strips control', () => {
    expect(markdownCode('a|b\n\x1b[31mc')).toBe('`a\\|b<br>c`')
  })
})

describe('escapeHtml', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['the end of a style element', '</style><b>x', '&lt;/style&gt;&lt;b&gt;x'],
    ['both quotes, which would end an attribute', `a" onclick="x' y`, 'a&quot; onclick=&quot;x&#39; y'],
    ['an ampersand, so that a reference stays text', '&lt; &amp;', '&amp;lt; &amp;amp;'],
  ])('escapes %s', (_, input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })

  it('strips terminal control characters and keeps other text as it is', () => {
    expect(escapeHtml('\x1b[31m✅ Done\x07')).toBe('✅ Done\uFFFD')
    expect(escapeHtml('plain ✅ — “text”')).toBe('plain ✅ — “text”')
  })
})
