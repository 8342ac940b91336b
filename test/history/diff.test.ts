import { describe, expect, it } from 'vitest'
import { diffDocuments } from '../../src/model/history/diff.js'
import { improved } from '../../src/model/history/numbers.js'
import { documentChanges } from '../../src/engine/changes.js'
import type { Document } from '../../src/model/types.js'
import type { StatedCount } from '../../src/model/number-types.js'
import { modelOf } from '../helpers/fixtures.js'
import { statedCount } from '../helpers/stated-count.js'

const BEFORE = `# Status

## Backend

| Item | Status |
|---|---|
| Login | ✅ Done |
| Search | ❌ Missing |
| Export | 🚧 In progress |
| Billing | ❌ Not started |
| Legacy API | ✅ Done |

## Frontend

| Item | Status |
|---|---|
| Dashboard | ✅ Done |
| Notifications | 🚧 In progress |

### Docker (60% Complete)

- [x] Dockerfile
- [ ] Compose file
`

const AFTER = `# Status

## Backend

| Item | Status |
|---|---|
| Login | 🚧 In progress |
| Search | ✅ Done |
| Export | 🚧 In progress |
| Billing | ⛔ Blocked |
| Audit log | ❌ Missing |

## Frontend

| Item | Status |
|---|---|
| Dashboard | ✅ Shipped |
| Email Notifications | 🚧 In progress |

### Docker (80% Complete)

- [x] Dockerfile
- [x] Compose file
`

/** The changes between two texts, as the JSON report has them. */
function changes(before: string | undefined, after: string) {
  const diff = diffDocuments(before === undefined ? undefined : modelOf(before, 'old.md'), modelOf(after, 'new.md'), 'strict')
  return documentChanges(diff, { path: 'new.md', state: 'modified' })
}

describe('diffDocuments', () => {
  const c = changes(BEFORE, AFTER)

  it('sorts status changes into progress (towards done) and regression (away from it)', () => {
    expect(c.progress.map((i) => [i.name, i.before.status, i.after.status, i.before.line, i.after.line])).toEqual([
      ['Search', 'todo', 'done', 8, 8],
      ['Docker', 'partial', 'partial', 20, 20],
      ['Compose file', 'todo', 'done', 23, 23],
    ])
    expect(c.progress[1]).toMatchObject({ before: { percent: 60 }, after: { percent: 80 } })
    expect(c.progress[2]!.parent).toBe('Docker')
    expect(c.regression.map((i) => [i.name, i.before.status, i.after.status, i.after.raw])).toEqual([['Login', 'done', 'partial', '🚧 In progress']])
  })

  it('keeps sideways moves (todo ↔ blocked) apart from progress and regression', () => {
    expect(c.other.map((i) => [i.name, i.before.status, i.after.status])).toEqual([['Billing', 'todo', 'blocked']])
  })

  it('reports the same status in other words as reworded, with both wordings', () => {
    expect(c.reworded.map((i) => [i.name, i.previousName, i.before.raw, i.after.raw])).toEqual([
      ['Dashboard', undefined, '✅ Done', '✅ Shipped'],
      ['Email Notifications', 'Notifications', '🚧 In progress', '🚧 In progress'],
    ])
  })

  it('reports items only one version has, each with its line in that version', () => {
    expect(c.added.map((i) => [i.name, i.status, i.line])).toEqual([['Audit log', 'todo', 11]])
    expect(c.removed.map((i) => [i.name, i.status, i.line])).toEqual([['Legacy API', 'done', 11]])
  })

  it('finds nothing between equal versions, and only additions against no version', () => {
    expect(changes(BEFORE, BEFORE)).toMatchObject({ progress: [], regression: [], other: [], reworded: [], added: [], removed: [], numbers: [] })
    const fresh = changes(undefined, AFTER)
    expect(fresh.added.map((i) => i.name)).toEqual(['Login', 'Search', 'Export', 'Billing', 'Audit log', 'Dashboard', 'Email Notifications', 'Docker', 'Dockerfile', 'Compose file'])
    expect([fresh.progress, fresh.removed, fresh.numbers]).toEqual([[], [], []])
  })

  it('reports verdicts that appeared or went, wherever they stand', () => {
    const before = '# Status\n\n### Login ✅\n\n## Summary\n\nAll items are complete.\n'
    const after = '# Status v2\n\n### Login ✅\n\n## Overall\n\nAll items are complete.\n\n✅ Production ready\n'
    expect(changes(before, after).verdicts).toEqual({ added: [], removed: [] })
    const added = changes('# Status\n\n### Login ✅\n', '# Status\n\n### Login ✅\n\n**Status:** ✅ ALL ITEMS COMPLETE\n').verdicts
    expect(added).toEqual({ added: [{ text: 'ALL ITEMS COMPLETE', line: 5 }], removed: [] })
  })
})

const count = statedCount

function withCounts(doc: Document, counts: StatedCount[]): Document {
  return { ...doc, counts }
}

const TEXT = (search: string) => `# Status\n\n## Summary\n\n- Complete: see below\n- Missing: see below\n\n## Backend\n\n### Login ✅\n### Search ${search}\n`

describe('stated numbers', () => {
  const numbers = (before: [string, StatedCount[]], after: [string, StatedCount[]]) => {
    const diff = diffDocuments(withCounts(modelOf(before[0]), before[1]), withCounts(modelOf(after[0]), after[1]), 'strict')
    return documentChanges(diff, { path: 'x.md', state: 'modified' }).numbers
  }

  it('flags a total that moved while the items it counts did not', () => {
    const out = numbers([TEXT('❌'), [count('Complete', 1, 5, { status: 'done' })]], [TEXT('❌'), [count('Complete', 2, 5, { status: 'done' })]])
    expect(out).toEqual([{ subject: 'Complete', kind: 'count', status: 'done', before: { value: 1, line: 5 }, after: { value: 2, line: 5 }, change: 'number-only', items: [] }])
  })

  it('flags items that moved while the total counting them did not, and not totals of other statuses', () => {
    const counts = [count('Complete', 1, 5, { status: 'done' }), count('Blocked', 0, 6, { status: 'blocked' })]
    const out = numbers([TEXT('❌'), counts], [TEXT('✅'), counts])
    expect(out.map((n) => [n.subject, n.change, n.items])).toEqual([['Complete', 'items-only', ['Search']]])
  })

  it('accepts a total that moved with its items, and scopes a number named after a section to that section', () => {
    const before = [count('Complete', 1, 5, { status: 'done' }), count('Frontend', 0, 6, { status: 'done' })]
    const after = [count('Complete', 2, 5, { status: 'done' }), count('Frontend', 0, 6, { status: 'done' })]
    const text = (s: string) => TEXT(s) + '\n## Frontend\n\n### Theme ❌\n'
    expect(numbers([text('❌'), before], [text('✅'), after]).map((n) => [n.subject, n.change, n.items])).toEqual([['Complete', 'both', ['Search']]])
  })

  it('pairs numbers by subject, kind and status, in order; percentages follow done by default', () => {
    const before = [count('Overall', 50, 5, { kind: 'percent', overall: true }), count('Overall', 50, 6, { kind: 'gap', overall: true })]
    const after = [count('Overall', 100, 5, { kind: 'percent', overall: true }), count('Overall', 50, 6, { kind: 'gap', overall: true })]
    const out = numbers([TEXT('❌'), before], [TEXT('✅'), after])
    expect(out.map((n) => [n.kind, n.before.value, n.after.value, n.change])).toEqual([['percent', 50, 100, 'both'], ['gap', 50, 50, 'items-only']])
  })

  it('does not guess what a number about something unnamed counts: it moved alone, or nothing is said', () => {
    const gap = (value: number) => [count('Disaster recovery', value, 5, { kind: 'gap' })]
    expect(numbers([TEXT('❌'), gap(70)], [TEXT('✅'), gap(70)])).toEqual([])
    expect(numbers([TEXT('❌'), gap(70)], [TEXT('❌'), gap(50)]).map((n) => n.change)).toEqual(['number-only'])
  })

  it('counts the checklist under an item heading for the heading\'s own share', () => {
    const text = (box: string) => `# Status\n\n## Infrastructure\n\n### Docker (50% Complete)\n\n- [x] Dockerfile\n- [${box}] Compose file\n`
    const share = (value: number) => [count('Docker', value, 5, { kind: 'percent', status: 'done', sectionPath: ['Status', 'Infrastructure', 'Docker (50% Complete)'] })]
    expect(numbers([text(' '), share(50)], [text('x'), share(50)]).map((n) => [n.change, n.items])).toEqual([['items-only', ['Compose file']]])
  })

  it('says which way is better: more done, less missing, a smaller gap', () => {
    const move = (kind: StatedCount['kind'], status: StatedCount['status'], from: number, to: number) =>
      improved({ before: count('X', from, 1, { kind, status }), after: count('X', to, 1, { kind, status }), change: 'number-only', items: [] })
    expect([move('count', 'done', 1, 2), move('count', 'todo', 3, 2), move('percent', undefined, 50, 60), move('gap', undefined, 20, 10)]).toEqual([true, true, true, true])
    expect([move('count', 'done', 2, 1), move('gap', undefined, 10, 20), move('count', undefined, 3, 4), move('count', 'partial', 1, 2)]).toEqual([false, false, undefined, undefined])
  })
})
