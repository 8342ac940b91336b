import { describe, expect, it } from 'vitest'
import { listCases, modelOf } from '../helpers/fixtures.js'

const cases = listCases('extract')
const pick = <T extends object>(o: T, keys: string[]) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, (o as Record<string, unknown>)[k]]))

describe('extraction fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0))
  for (const c of cases) {
    it(c.name, () => {
      const doc = modelOf(c.input)
      const want = c.config ?? (JSON.parse(JSON.stringify(c.expected)) as Record<string, unknown[]>)
      const got: Record<string, unknown[]> = {
        claims: doc.claims.map((x) => ({ ...pick(x, ['name', 'status', 'source', 'percent', 'parent']), line: x.span.line })),
        verdicts: doc.verdicts.map((v) => ({ line: v.span.line, claims: v.claims, scope: v.scope })),
        groups: doc.groups.map((g) => ({ line: g.span.line, status: g.status, endLine: g.endLine, kind: g.kind })),
        plan: doc.plan.map((p) => ({ name: p.name, line: p.span.line })),
        placeholders: doc.placeholders.map((p) => ({ text: p.text, line: p.span.line })),
        dates: doc.dates.map((d) => ({ ...pick(d, ['label', 'kind', 'iso']), line: d.span.line })),
        sections: doc.sections.map((s) => ({ depth: s.depth, text: s.text, line: s.span.line, endLine: s.endLine, plan: s.plan, documentLevel: s.documentLevel })),
      }
      for (const key of Object.keys(want)) expect(got[key], key).toEqual(want[key])
    })
  }
})
