import { describe, expect, it } from 'vitest'
import { github } from '../../src/report/github.js'
import { HOSTILE, makeContext, makeFinding, makeResult } from '../helpers/build.js'

const ctx = makeContext({ cwd: '/repo/sub' })

describe('github formatter', () => {
  it('prints one workflow command per finding, paths relative to the repository root', () => {
    const out = github(makeResult({
      findings: [
        makeFinding({
          path: 'docs/STATUS.md', line: 24, column: 1, endLine: 25, endColumn: 9,
          related: [
            { path: 'docs/STATUS.md', line: 118, column: 1, endLine: 118, endColumn: 4, message: 'x' },
            { path: 'docs/OTHER.md', line: 3, column: 1, endLine: 3, endColumn: 4, message: 'y' },
          ],
        }),
        makeFinding({ path: 'docs/STATUS.md', line: 2, column: 15, endColumn: 29, severity: 'warning', ruleId: 'placeholder', message: 'Unexpected placeholder' }),
      ],
    }), ctx)
    expect(out).toBe([
      '::error file=sub/docs/STATUS.md,line=24,col=1,endLine=25,title=audit-reconcile(status-conflict)::Unexpected status `todo` for `Item`, line 2 says `done` (see line 118; line 3 of sub/docs/OTHER.md)',
      '::warning file=sub/docs/STATUS.md,line=2,col=15,endLine=2,endColumn=29,title=audit-reconcile(placeholder)::Unexpected placeholder',
      '',
    ].join('\n'))
  })

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const out = github(makeResult({ findings: [makeFinding({ message: 'a%b\r\nc\nd: e, f', path: 'we:ird,name%.md' })] }), ctx)
    expect(out).toBe('::error file=sub/we%3Aird%2Cname%25.md,line=1,col=1,endLine=1,endColumn=2,title=audit-reconcile(status-conflict)::a%25b%0Ac%0Ad: e, f\n')
  })

  it('stays one command per finding, with no control characters, whatever the message holds', () => {
    const out = github(makeResult({ findings: [makeFinding({ message: HOSTILE, path: HOSTILE })] }), ctx)
    expect(out.split('\n')).toHaveLength(2)
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    const [props, message] = out.trimEnd().slice(2).split('::')
    expect(props).not.toMatch(/file=[^,]*[:]/)
    expect(message).toBe('a%2525 b:c,d|e <x&y> "q"%0Anext%0Aline\tcol red link bell\uFFFD')
  })

  it('reports unreadable files as file-level errors and prints nothing for a clean run', () => {
    expect(github(makeResult({ errors: [{ path: 'gone.md', message: 'No such file or directory' }] }), ctx))
      .toBe('::error file=sub/gone.md,title=audit-reconcile::No such file or directory\n')
    expect(github(makeResult(), ctx)).toBe('')
  })
})
