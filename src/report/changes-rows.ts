import type { DocumentChanges, ItemChange, NumberChange } from '../contract/changes.js'

/** One line of a document's changes, in words, for the pretty and markdown layouts. */
export interface ChangeRow {
  /** progress, regression, other, reworded, added, removed, number, verdict added, verdict removed. */
  change: string
  /** What the number change says about its items, for numbers only. */
  note?: string
  /** Item name (with its parent, `Parent › Sub-item`), number subject or verdict text. */
  subject: string
  /** The earlier version's side: status (with percentage) or value, or the words for a rewording. */
  before?: { text: string; line: number }
  after?: { text: string; line: number }
}

/** What to say of a document with no rows: added, unchanged, or changed in other ways than status. */
export function quietNote(doc: DocumentChanges, since: string): string {
  if (doc.state === 'added') return `added since ${since} (not in that revision)`
  return doc.state === 'unchanged' ? `unchanged since ${since}` : 'no status changes'
}

/** Where a row's item stands: `line 8`, `line 9 (was 7)`, `was line 11`. */
export function lineText(row: ChangeRow): string {
  if (row.before && row.after) return row.before.line === row.after.line ? `line ${row.after.line}` : `line ${row.after.line} (was ${row.before.line})`
  return row.after ? `line ${row.after.line}` : `was line ${row.before!.line}`
}

/** A row's before → after, or its one side. */
export function valueText(row: ChangeRow): string {
  const [b, a] = [row.before?.text ?? '', row.after?.text ?? '']
  if (row.before && row.after) return b === a ? a : `${b} → ${a}`
  return b || a
}

/** A document's changes as rows, in a fixed order: progress, regression, other, reworded, added, removed, numbers, verdicts. */
export function changeRows(doc: DocumentChanges): ChangeRow[] {
  // An added document's items are all new; its rows would repeat the file.
  if (doc.state === 'added') return []
  return [
    ...doc.progress.map((c) => statusRow('progress', c)),
    ...doc.regression.map((c) => statusRow('regression', c)),
    ...doc.other.map((c) => statusRow('other', c)),
    ...doc.reworded.map((c) => ({ change: 'reworded', subject: name(c), before: { text: c.before.raw, line: c.before.line }, after: { text: c.after.raw, line: c.after.line } })),
    ...doc.added.map((i) => ({ change: 'added', subject: name(i), after: { text: status(i), line: i.line } })),
    ...doc.removed.map((i) => ({ change: 'removed', subject: name(i), before: { text: status(i), line: i.line } })),
    ...doc.numbers.map(numberRow),
    ...doc.verdicts.added.map((v) => ({ change: 'verdict added', subject: v.text, after: { text: '', line: v.line } })),
    ...doc.verdicts.removed.map((v) => ({ change: 'verdict removed', subject: v.text, before: { text: '', line: v.line } })),
  ]
}

function statusRow(change: string, c: ItemChange): ChangeRow {
  return { change, subject: name(c), before: { text: status(c.before), line: c.before.line }, after: { text: status(c.after), line: c.after.line } }
}

function numberRow(n: NumberChange): ChangeRow {
  const note = { 'number-only': 'the items it counts did not change', 'items-only': 'the items it counts changed, it did not', both: 'moved with its items' }[n.change]
  return { change: 'number', note, subject: n.subject, before: { text: value(n, n.before.value), line: n.before.line }, after: { text: value(n, n.after.value), line: n.after.line } }
}

function name(i: { name: string; parent?: string; previousName?: string }): string {
  const shown = i.parent === undefined ? i.name : `${i.parent} › ${i.name}`
  return i.previousName === undefined ? shown : `${shown} (was ${i.previousName})`
}

function status(s: { status: string; percent?: number }): string {
  return s.percent === undefined ? s.status : `${s.status} ${s.percent}%`
}

function value(n: NumberChange, v: number): string {
  return n.kind === 'count' ? String(v) : n.kind === 'gap' ? `${v}% gap` : `${v}%`
}
