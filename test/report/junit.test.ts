import { describe, expect, it } from 'vitest'
import { junit } from '../../src/report/junit.js'
import type { RuleMeta } from '../../src/contract/rule-meta.js'
import { HOSTILE, makeContext, makeDocument, makeFinding, makeResult } from '../helpers/build.js'

const rule = (id: RuleMeta['id']): RuleMeta => ({ id, defaultSeverity: 'error', description: '', help: '', messages: {} })
const ctx = makeContext({ rules: [rule('status-conflict'), rule('placeholder')] })

describe('junit formatter', () => {
  it('makes a test case per document and rule, failing where there are findings', () => {
    const out = junit(makeResult({
      documents: [makeDocument(), makeDocument({ path: 'docs/CLEAN.md' })],
      findings: [
        makeFinding({ line: 24, related: [{ path: 'docs/STATUS.md', line: 118, column: 1, endLine: 118, endColumn: 2, message: 'x' }] }),
        makeFinding({ line: 30, column: 5 }),
      ],
      errors: [{ path: 'gone.md', message: 'No such file or directory' }],
    }), ctx)
    expect(out).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="audit-reconcile" tests="5" failures="1" errors="1">',
      '  <testsuite name="docs/STATUS.md" tests="2" failures="1" errors="0">',
      '    <testcase classname="docs/STATUS.md" name="status-conflict" file="docs/STATUS.md">',
      '      <failure type="error" message="2 status-conflict findings">docs/STATUS.md:24:1: error Unexpected status `todo` for `Item`, line 2 says `done` (see line 118)',
      'docs/STATUS.md:30:5: error Unexpected status `todo` for `Item`, line 2 says `done`</failure>',
      '    </testcase>',
      '    <testcase classname="docs/STATUS.md" name="placeholder" file="docs/STATUS.md"/>',
      '  </testsuite>',
      '  <testsuite name="docs/CLEAN.md" tests="2" failures="0" errors="0">',
      '    <testcase classname="docs/CLEAN.md" name="status-conflict" file="docs/CLEAN.md"/>',
      '    <testcase classname="docs/CLEAN.md" name="placeholder" file="docs/CLEAN.md"/>',
      '  </testsuite>',
      '  <testsuite name="gone.md" tests="1" failures="0" errors="1">',
      '    <testcase classname="gone.md" name="read" file="gone.md">',
      '      <error message="No such file or directory"/>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'))
  })

  it('escapes XML in text and attributes, and leaves no control characters', () => {
    const out = junit(makeResult({
      documents: [makeDocument({ path: HOSTILE })],
      findings: [makeFinding({ path: HOSTILE, message: HOSTILE })],
    }), ctx)
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    expect(out).toContain('classname="a%25 b:c,d|e &lt;x&amp;y&gt; &quot;q&quot;&#10;next&#10;line&#9;col red link bell\uFFFD"')
    // In element text, one line per finding: its line breaks and tabs are folded to spaces.
    expect(out).toContain('error a%25 b:c,d|e &lt;x&amp;y&gt; "q" next line col red link bell\uFFFD</failure>')
    // Outside markup, no raw < or & survives.
    const text = out.replace(/<\/?[a-z?][^<>]*>/g, '')
    expect(text).not.toMatch(/<|&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/)
  })
})
