import { describe, expect, it } from 'vitest'
import { analyseBytes, type AnalyseOptions } from '../../src/engine/analyse.js'
import { readDirectives } from '../../src/parse/directives.js'

/** Findings of a document as `line rule`, through the whole analysis (directives applied by the runner). */
function found(markdown: string, options: AnalyseOptions = {}): string[] {
  const result = analyseBytes(Buffer.from(markdown), 'doc.md', options)
  return (result?.findings ?? []).map((f) => `${f.line} ${f.ruleId}${f.ruleId === 'directive' ? `: ${f.message}` : ''}`)
}

const blanks = (lines: string[]) => lines.join('\n') + '\n'
const at = { line: 10, column: 1, endLine: 10, endColumn: 40 }

describe('reading directives', () => {
  it('reads each form, its rules (commas or spaces) and its reason', () => {
    const value = [
      '<!-- audit-reconcile-disable status-conflict, placeholder -- the table is regenerated nightly -->',
      '<!-- audit-reconcile-enable -->',
      '<!--audit-reconcile-disable-next-line placeholder encoding-->',
      '<!-- audit-reconcile-disable-file -->',
      '<!-- an ordinary comment -->',
    ].join('\n')
    expect(readDirectives(value, at)).toEqual([
      { kind: 'disable', rules: ['status-conflict', 'placeholder'], reason: 'the table is regenerated nightly', text: 'audit-reconcile-disable status-conflict, placeholder', span: { line: 10, column: 1, endLine: 10, endColumn: 98 } },
      { kind: 'enable', rules: [], text: 'audit-reconcile-enable', span: { line: 11, column: 1, endLine: 11, endColumn: 32 } },
      { kind: 'disable-next-line', rules: ['placeholder', 'encoding'], text: 'audit-reconcile-disable-next-line placeholder encoding', span: { line: 12, column: 1, endLine: 12, endColumn: 62 } },
      { kind: 'disable-file', rules: [], text: 'audit-reconcile-disable-file', span: { line: 13, column: 1, endLine: 13, endColumn: 38 } },
    ])
  })

  it('keeps a misspelt directive as unknown, and reads a comment over several lines', () => {
    expect(readDirectives('<!-- audit-reconcile-disabel -->', at)[0]?.kind).toBe('unknown')
    expect(readDirectives('<!--\n  audit-reconcile-disable\n  placeholder\n-->', at)[0]).toMatchObject({ kind: 'disable', rules: ['placeholder'], span: { line: 10, endLine: 13 } })
  })
})

describe('applying directives', () => {
  const doc = (...middle: string[]) => blanks(['# Report', '', 'Last Updated: [Current Date]', '', ...middle, '', 'Owner: TBD'])

  it('reports both placeholders without directives', () => {
    expect(found(doc())).toEqual(['3 placeholder', '6 placeholder'])
  })

  it('disable-next-line suppresses its rule on the next line only', () => {
    expect(found(doc('<!-- audit-reconcile-disable-next-line placeholder -->', 'Due: TBD'))).toEqual(['3 placeholder', '8 placeholder'])
  })

  it('disable … enable suppresses the rule between them, and no rule named means all', () => {
    const text = blanks(['Date: [Current Date]', '', '<!-- audit-reconcile-disable -->', '', 'Owner: TBD', '', '<!-- audit-reconcile-enable -->', '', 'Due: TBD'])
    expect(found(text)).toEqual(['1 placeholder', '9 placeholder'])
  })

  it('disable of another rule leaves this one alone, and enable of one rule inside a disable-all re-enables it', () => {
    expect(found(blanks(['<!-- audit-reconcile-disable status-conflict -->', '', 'Owner: TBD']))).toEqual(['3 placeholder'])
    const text = blanks(['<!-- audit-reconcile-disable -->', '', '<!-- audit-reconcile-enable placeholder -->', '', 'Owner: TBD'])
    expect(found(text)).toEqual(['5 placeholder'])
  })

  it('disable-file suppresses everywhere, even above it', () => {
    expect(found(doc('<!-- audit-reconcile-disable-file placeholder -- a template, filled in at release -->'))).toEqual([])
  })

  it('suppresses a status conflict at the line it is reported on, not at its other side', () => {
    // The conflict is reported at the table row (line 8); the heading is its other side.
    const text = (before: string, around = '') => blanks([
      before, '### Login Page ✅', '- **Status:** ✅ Done', '', around,
      '| Feature | Status |', '|---|---|', '| Login Page | ❌ Not Implemented |',
    ])
    expect(found(text(''))).toEqual(['8 status-conflict'])
    expect(found(text('<!-- audit-reconcile-disable-next-line status-conflict -->'))).toEqual(['8 status-conflict'])
    expect(found(text('', '<!-- audit-reconcile-disable status-conflict -->\n'))).toEqual([])
    expect(found(text('', '<!-- audit-reconcile-disable placeholder -->\n'))).toEqual(['9 status-conflict'])
  })

  it('reports an unknown rule id, with a suggestion when it looks like a typo', () => {
    expect(found(blanks(['<!-- audit-reconcile-disable-next-line placeholdr, nonsense-rule -->', 'Owner: TBD']))).toEqual([
      '1 directive: Unexpected rule `nonsense-rule` in `audit-reconcile-disable-next-line placeholdr, nonsense-rule`, expected a rule id',
      '1 directive: Unexpected rule `placeholdr` in `audit-reconcile-disable-next-line placeholdr, nonsense-rule`, expected a rule id (did you mean `placeholder`?)',
      '2 placeholder',
    ])
  })

  it('reports a misspelt directive', () => {
    expect(found('<!-- audit-reconcile-disable-nextline placeholder -->\n')).toEqual([
      '1 directive: Unexpected directive `audit-reconcile-disable-nextline`, expected audit-reconcile-disable, -enable, -disable-next-line or -disable-file (did you mean `audit-reconcile-disable-next-line`?)',
    ])
  })

  it('reports a directive that suppressed nothing only when asked, as a warning', () => {
    const text = blanks(['<!-- audit-reconcile-disable-next-line placeholder -->', 'Nothing to see.', '', '<!-- audit-reconcile-disable-next-line placeholder status-conflict -->', 'Owner: TBD'])
    expect(found(text)).toEqual([])
    expect(found(text, { reportUnusedDirectives: true })).toEqual([
      '1 directive: Unexpected `audit-reconcile-disable-next-line placeholder` that suppresses nothing',
      '4 directive: Unexpected `audit-reconcile-disable-next-line placeholder status-conflict` that suppresses nothing for `status-conflict`',
    ])
    const severities = analyseBytes(Buffer.from(text), 'doc.md', { reportUnusedDirectives: true })?.findings.map((f) => f.severity)
    expect(severities).toEqual(['warning', 'warning'])
  })

  it('is configurable: directive findings off, suppression still applied', () => {
    const text = blanks(['<!-- audit-reconcile-disable-next-line placeholder bogus -->', 'Owner: TBD'])
    expect(found(text, { rules: { directive: 'off' } })).toEqual([])
  })
})

describe('rules checked across documents', () => {
  it('are the run and history rules, whose directives a document check never calls unused', async () => {
    const { historyRules, runRules } = await import('../../src/rules/index.js')
    const across = [...runRules, ...historyRules].map((r) => r.meta.id)
    expect(across.sort()).toEqual(['cross-doc-conflict', 'status-regression', 'unbacked-progress'])
    for (const id of across) {
      expect(found(`<!-- audit-reconcile-disable-next-line ${id} -->\n# Login ✅\n`, { reportUnusedDirectives: true })).toEqual([])
    }
    expect(found('<!-- audit-reconcile-disable-next-line status-regression -->\n# Login ✅\n', { reportUnusedDirectives: true })).toEqual([])
  })
})
