import { describe, expect, it } from 'vitest'
import { analyseBytes, checkDocument } from '../../src/engine/analyse.js'
import { excerptsOf } from '../../src/engine/excerpts.js'
import { makeFinding } from '../helpers/build.js'
import { EXCERPT_MAX_CHARS, EXCERPT_SPAN_LINES } from '../../src/contract/result.js'
import { modelOf } from '../helpers/fixtures.js'

// Line numbers are written beside each line, by hand.
const doc = [
  '# Project Status', //                1
  '', //                                2
  '## Backend', //                      3
  '', //                                4
  '- ✅ Login', //                      5
  '- ❌ Export', //                     6
  '', //                                7
  '## Frontend', //                     8
  '', //                                9
  '- ✅ Profile page', //               10
  '- ⚠️ Login', //                      11
  '', //                                12
  '## Notes', //                        13
  '', //                                14
  'Nothing with a status here.', //     15
].join('\n')

describe('section summaries', () => {
  const { entry } = checkDocument(modelOf(doc))

  it('counts items per section of the outermost level with more than one heading, the lone title and sections with no item left out', () => {
    // Login is claimed in both sections: it is disputed (done vs partial) and counts in each.
    expect(entry.items.find((i) => i.name === 'Login')?.status).toBe('disputed')
    expect(entry.summary.sections).toEqual([
      { title: 'Backend', line: 3, items: 2, byStatus: { disputed: 1, todo: 1 } },
      { title: 'Frontend', line: 8, items: 2, byStatus: { done: 1, disputed: 1 } },
    ])
  })

  it('is empty for a document with at most one heading per level', () => {
    expect(checkDocument(modelOf('# Title\n\n- ✅ Login\n- ❌ Export\n')).entry.summary.sections).toEqual([])
  })
})

describe('excerpts', () => {
  it('quotes every claim line and the lines findings point to, in line order, as the document has them', () => {
    const { entry, findings } = checkDocument(modelOf(doc))
    // status-conflict on Login: line 11 against line 5 (or the other way round): both quoted.
    expect(findings.some((f) => f.ruleId === 'status-conflict')).toBe(true)
    expect(entry.excerpts).toEqual([
      { line: 5, text: '- ✅ Login' },
      { line: 6, text: '- ❌ Export' },
      { line: 10, text: '- ✅ Profile page' },
      { line: 11, text: '- ⚠️ Login' },
    ])
  })

  it('quotes at most the first lines of a long span, drops a CR and cuts a long line', () => {
    const long = 'x'.repeat(EXCERPT_MAX_CHARS + 50)
    const text = ['# A', '', '- ✅ Export\r', '', long, ...Array.from({ length: 8 }, (_, i) => `row ${i}`)].join('\n')
    const { document } = checkDocument(modelOf(text))
    // A finding over lines 5–12, as the runner would have made it, to see which lines it asks for.
    const finding = makeFinding({ path: document.path, line: 5, column: 1, endLine: 12, endColumn: 2 })
    const lines = excerptsOf(document, [finding])
    expect(lines.map((l) => l.line)).toEqual([3, ...Array.from({ length: EXCERPT_SPAN_LINES }, (_, i) => 5 + i)])
    expect(lines[0]!.text).toBe('- ✅ Export')
    expect(lines[1]!.text).toHaveLength(EXCERPT_MAX_CHARS)
  })

  it('quotes a line whose mojibake was repaired as the file has it, so that a finding\'s columns mark what they name', () => {
    // ✅ saved as UTF-8, read as Mac Roman and saved again: "‚úÖ" in the file, repaired for analysis.
    const text = ['# Status', '', '- ‚úÖ Login', '- ‚úÖ Export ‚úÖ', '- ‚ùå Import', ''].join('\n')
    const result = analyseBytes(new TextEncoder().encode(text), 'STATUS.md')!
    expect(result.document.text).toContain('- ✅ Export ✅')
    const lines = new Map(result.entry.excerpts!.map((e) => [e.line, e.text]))
    expect(lines.get(4)).toBe('- ‚úÖ Export ‚úÖ')
    const encoding = result.findings.find((f) => f.ruleId === 'encoding')!
    expect(encoding.line).toBe(3)
    expect(lines.get(3)!.slice(encoding.column - 1, encoding.endColumn - 1)).toBe('‚úÖ')
    // The second repair on a line sits after the first one's shift.
    const second = result.document.encoding.issues.find((i) => i.span.line === 4 && i.span.column > 5)!
    expect(lines.get(4)!.slice(second.span.column - 1, second.span.endColumn - 1)).toBe('‚úÖ')
  })
})
