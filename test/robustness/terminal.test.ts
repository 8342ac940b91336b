import { FORMATS } from '../../src/report/index.js'
import { describe, expect, it } from 'vitest'
import { runResultSchema } from '../../src/contract/result.js'
import { runCli } from '../helpers/cli.js'

// A document whose item names, headings, statuses and file name carry terminal escape
// sequences: colours, a screen clear, an OSC window title, an OSC 8 hyperlink, BEL, backspace,
// a bare CR, a C1 CSI and a right-to-left override. Run end to end through the built CLI, with
// uncertain findings shown (the conflicting row's status is blurred by the escapes).
const ESC = '\x1b'
const NAME = `Login ${ESC}[31mRED${ESC}[0m${ESC}[2J`
const LINK = `${ESC}]8;;https://evil.example/${ESC}\\Click here${ESC}]8;;${ESC}\\`
const DOC = [
  `# Status ${ESC}]0;pwned title\x07`,
  '',
  `### ${NAME} ✅`,
  '',
  `### ${LINK} ✅`,
  '',
  `### Beep\x07\x08\x08\x08 ✅`,
  '',
  '| Item | Status |',
  '|---|---|',
  `| ${NAME} | ❌ Missing |`,
  `| ${LINK} | ❌ Missing\r${ESC}[2K fake line |`,
  '| Beep\x07\x08\x08\x08 | ⚠️ Partial \x9b31m |',
  '| Over\u202eride | ✅ Done |',
  '',
  `Last Updated: [Current Date]\r${ESC}[1A`,
  '',
].join('\n')
const FILENAME = `evil${ESC}]0;title\x07${ESC}[31m.md`

/** Characters a terminal acts on rather than prints (TAB and LF excepted), and text-reordering overrides. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/

/** The output formats on this build that write to a terminal or a log (json is checked separately). */
function terminalFormats(): string[] {
  return FORMATS.filter((f) => ['pretty', 'compact', 'github', 'markdown'].includes(f))
}

describe('terminal safety, end to end', () => {
  it('the document really holds the sequences, and the rules report them', () => {
    const r = runCli(['--format', 'json', '--include-uncertain', '-', '--stdin-filename', FILENAME], { input: DOC })
    const result = runResultSchema.parse(JSON.parse(r.stdout))
    expect(result.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['status-conflict', 'placeholder']))
    // json keeps the text as written, as JSON escapes: nothing raw reaches the terminal.
    expect(r.stdout).not.toMatch(CONTROL)
    expect(r.stdout).toContain('\\u001b[31mRED')
    expect(r.stdout).toContain('\\u001b]8;;https://evil.example/')
    expect(r.stdout).toContain('\\u0007')
    expect(r.stdout).toContain('\\u009b31m')
    expect(r.stdout).toContain('Over\\u202eride')
    expect(JSON.stringify(result)).toContain('Over\u202eride')
    expect(result.findings[0]!.path).toBe(FILENAME)
    expect(result.documents[0]!.items.map((i) => i.name).join(' ')).toContain(`${ESC}[31mRED`)
  })

  for (const format of terminalFormats()) {
    it(`${format}: no escape sequence or control character survives, the text does`, () => {
      for (const color of ['--no-color', '--color']) {
        // --report full: pretty shows every reconciled item, not only the disputed ones.
        const every = format === 'pretty' ? ['--report', 'full'] : []
        const r = runCli(['--format', format, ...every, color, '--include-uncertain', '--fail-on', 'warning', '-', '--stdin-filename', FILENAME], { input: DOC })
        expect(r.code).toBe(1)
        // With --color the only escapes are the formatter's own SGR colour codes.
        const out = color === '--color' ? r.stdout.replace(/\x1b\[[0-9;]*m/g, '') : r.stdout
        expect(out, `${format} ${color}`).not.toMatch(CONTROL)
        expect(out).not.toContain('evil.example')
        // Formats with the reconciled items show the item names' text; compact and github list findings only.
        if (format === 'pretty' || format === 'markdown') {
          expect(out).toContain('RED')
          expect(out).toContain('Click here')
        } else {
          expect(out).toMatch(/status-conflict/)
        }
        expect(r.stderr).toBe('')
      }
    })
  }

  it('pretty is among the formats checked', () => {
    expect(terminalFormats()).toContain('pretty')
  })
})
