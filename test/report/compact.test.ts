import { describe, expect, it } from 'vitest'
import { compact } from '../../src/report/compact.js'
import { HOSTILE, makeContext, makeFinding, makeResult } from '../helpers/build.js'

const ctx = makeContext()

describe('compact formatter', () => {
  it('prints file:line:col: severity message [rule-id], related lines in the message', () => {
    const out = compact(makeResult({
      findings: [
        makeFinding({ line: 24, column: 3, related: [{ path: 'docs/STATUS.md', line: 118, column: 1, endLine: 118, endColumn: 4, message: 'x' }] }),
        makeFinding({ path: '/repo/docs/B.md', line: 2, severity: 'warning', ruleId: 'placeholder', message: 'Unexpected placeholder `TBD`, expected real content' }),
      ],
      errors: [{ path: 'missing.md', message: 'No such file or directory' }],
    }), ctx)
    expect(out).toBe([
      'docs/STATUS.md:24:3: error Unexpected status `todo` for `Item`, line 2 says `done` (see line 118) [status-conflict]',
      'docs/B.md:2:1: warning Unexpected placeholder `TBD`, expected real content [placeholder]',
      'missing.md: error No such file or directory',
      '',
    ].join('\n'))
  })

  it('prints nothing for a clean run', () => {
    expect(compact(makeResult(), ctx)).toBe('')
  })

  it('keeps each finding on one line with no control characters', () => {
    const out = compact(makeResult({ findings: [makeFinding({ message: HOSTILE, path: `d${HOSTILE}.md` })] }), ctx)
    expect(out.split('\n')).toHaveLength(2)
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    expect(out).toContain('a%25 b:c,d|e <x&y> "q" next line col red link bell\uFFFD [status-conflict]')
  })
})
