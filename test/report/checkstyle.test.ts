import { describe, expect, it } from 'vitest'
import { checkstyle } from '../../src/report/checkstyle.js'
import { HOSTILE, makeContext, makeDocument, makeFinding, makeResult } from '../helpers/build.js'

const ctx = makeContext()

describe('checkstyle formatter', () => {
  it('lists each document with an <error> per finding and per unreadable file', () => {
    const out = checkstyle(makeResult({
      documents: [makeDocument(), makeDocument({ path: 'docs/CLEAN.md' })],
      findings: [makeFinding({ line: 24, column: 3, severity: 'warning', ruleId: 'placeholder', message: 'Unexpected placeholder `TBD`' })],
      errors: [{ path: 'gone.md', message: 'No such file or directory' }],
    }), ctx)
    expect(out).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<checkstyle version="4.3">',
      '  <file name="docs/STATUS.md">',
      '    <error line="24" column="3" severity="warning" message="Unexpected placeholder `TBD`" source="audit-reconcile.placeholder"/>',
      '  </file>',
      '  <file name="docs/CLEAN.md"/>',
      '  <file name="gone.md">',
      '    <error line="1" column="1" severity="error" message="No such file or directory" source="audit-reconcile"/>',
      '  </file>',
      '</checkstyle>',
      '',
    ].join('\n'))
  })

  it('escapes attribute values', () => {
    const out = checkstyle(makeResult({ findings: [makeFinding({ message: HOSTILE })] }), ctx)
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    expect(out).toContain('message="a%25 b:c,d|e &lt;x&amp;y&gt; &quot;q&quot;&#10;next&#10;line&#9;col red link bell\uFFFD"')
  })
})
