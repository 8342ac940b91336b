import { describe, expect, it } from 'vitest'
import { gitlab } from '../../src/report/gitlab.js'
import { HOSTILE, makeContext, makeFinding, makeResult } from '../helpers/build.js'

const ctx = makeContext({ cwd: '/repo/sub' })

interface Issue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number; end: number } } }
const parse = (text: string) => JSON.parse(text) as Issue[]

describe('gitlab formatter', () => {
  it('prints Code Quality issues with root-relative paths and GitLab severities', () => {
    const issues = parse(gitlab(makeResult({
      findings: [
        makeFinding({ line: 24, endLine: 25, items: ['Grafana'] }),
        makeFinding({ line: 2, severity: 'warning', ruleId: 'placeholder', message: 'Unexpected placeholder `TBD`' }),
      ],
    }), ctx))
    expect(issues.map(({ fingerprint, ...rest }) => rest)).toEqual([
      { type: 'issue', description: 'Unexpected status `todo` for `Item`, line 2 says `done`', check_name: 'status-conflict', severity: 'major', categories: ['Clarity'], location: { path: 'sub/docs/STATUS.md', lines: { begin: 24, end: 25 } } },
      { type: 'issue', description: 'Unexpected placeholder `TBD`', check_name: 'placeholder', severity: 'minor', categories: ['Clarity'], location: { path: 'sub/docs/STATUS.md', lines: { begin: 2, end: 2 } } },
    ])
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(2)
  })

  it('gives equal findings distinct fingerprints and keeps them when lines move', () => {
    const at = (line: number) => makeFinding({ line, ruleId: 'placeholder', message: 'Unexpected placeholder `TBD`' })
    const before = parse(gitlab(makeResult({ findings: [at(3), at(9)] }), ctx)).map((i) => i.fingerprint)
    const after = parse(gitlab(makeResult({ findings: [at(13), at(19)] }), ctx)).map((i) => i.fingerprint)
    expect(before[0]).not.toBe(before[1])
    expect(after).toEqual(before)
  })

  it('prints an empty array for a clean run and strips control characters', () => {
    expect(gitlab(makeResult(), ctx)).toBe('[]\n')
    const [issue] = parse(gitlab(makeResult({ findings: [makeFinding({ message: HOSTILE })] }), ctx))
    expect(issue?.description).toBe('a%25 b:c,d|e <x&y> "q"\nnext\nline\tcol red link bell\uFFFD')
  })
})
