import { recompute, type Recomputed } from '../model/recompute.js'
import { tableTotals } from '../model/table-totals.js'
import type { Document } from '../model/types.js'
import { breakdownPlace } from '../model/number-types.js'
import type { Summary } from '../contract/result.js'

type Stated = Summary['stated'][number]

const round = (n: number) => Math.round(n * 10) / 10

/**
 * Every number of a document the tool understood, in reading order, with the value recomputed from
 * what it sums up and what that was (`against`), so a reader sees why a number was or was not flagged.
 * A number with nothing to compare against has neither.
 */
export function statedNumbers(doc: Readonly<Document>): Stated[] {
  const recomputed = new Map(recompute(doc).map((r) => [r.index, r]))
  const out: Stated[] = doc.counts.map((count, index) => {
    const r = recomputed.get(index)
    return {
      subject: count.subject,
      ...(count.status !== undefined ? { status: count.status } : {}),
      kind: count.kind,
      value: r?.stated ?? count.value,
      line: count.span.line,
      ...(r ? { recomputed: round(r.expected), against: against(r) } : {}),
    }
  })
  const seen = new Set(out.filter((s) => s.recomputed !== undefined).map((s) => `${s.line}:${s.value}`))
  const add = (s: Stated) => { if (!seen.has(`${s.line}:${s.value}`)) { seen.add(`${s.line}:${s.value}`); out.push(s) } }
  doc.tables.forEach((table) => {
    for (const t of tableTotals(table)) {
      const sum = `the sum of the ${t.kind === 'row' ? 'column' : 'row'} (${t.parts.map((p) => p.cell.number).join(' + ')})`
      add({ subject: t.label, kind: 'count', value: t.stated, line: t.cell.span.line, recomputed: t.expected, against: t.kind === 'running' ? `the last running total (\`${t.parts[0]?.label ?? ''}\`)` : sum })
    }
  })
  for (const b of doc.breakdowns) {
    add({ subject: b.subject, kind: 'count', value: b.value, line: b.span.line, recomputed: b.parts.reduce((a, p) => a + p.value, 0), against: `${breakdownPlace(b)} (${b.parts.map((p) => p.value).join(' + ')})` })
  }
  for (const t of doc.tallies) {
    add({ subject: t.subject, status: 'done', kind: 'count', value: t.value, line: t.span.line, recomputed: t.done, against: `the done rows of the table ${t.side} (${t.done} of ${t.rows})` })
  }
  for (const s of doc.tableShares) {
    add({ subject: s.subject, kind: 'percent', value: s.value, line: s.span.line, recomputed: round(s.mean), against: `the mean of the ${s.rows} rows of the table ${s.side}` })
  }
  for (const r of doc.restated) {
    add({ subject: r.unit, kind: 'count', value: r.value, line: r.span.line, recomputed: r.expected, against: `the table at line ${doc.tables[r.table]?.span.line ?? 0} (${r.where === 'rows' ? 'its rows' : `\`${r.column}\``})` })
  }
  for (const c of doc.changes) {
    add({ subject: c.subject, kind: 'percent', value: c.percent, line: c.span.line, recomputed: round((100 * (c.to - c.from)) / c.from), against: `the change from ${c.from} to ${c.to}` })
  }
  // A count read on its own and again as the total of a breakdown is one number: keep the compared one.
  const compared = new Set(out.filter((s) => s.recomputed !== undefined).map((s) => `${s.line}:${s.value}`))
  return out.filter((s) => s.recomputed !== undefined || !compared.has(`${s.line}:${s.value}`)).sort((a, b) => a.line - b.line)
}

function against(r: Recomputed): string {
  const from = r.from ? ` (line ${r.from.span.line})` : ''
  switch (r.basis) {
    case 'items': return `the ${r.parts.length === 1 ? 'item' : `${r.parts.length} items`} listed under \`${r.from?.name ?? 'its section'}\`${from}`
    case 'list': return `the entries of the list that follows${from}`
    case 'sum': return r.parts.length > 0 ? `the entries' own counts (${r.parts.map((p) => p.value).join(' + ')})` : `the counts of the entries that follow${from}`
    case 'ratio': return `its count over its whole (${r.parts.map((p) => p.value).join(' of ')})`
    case 'mean': return `the mean of its parts (${r.parts.map((p) => `${p.value}%`).join(', ')})`
    case 'complement': return `100% less the completion of \`${r.from?.name ?? 'the same thing'}\`${from}`
  }
}
