import type { Breakdown, Cell, Table } from '../number-types.js'
import { stem } from '../names.js'
import { WORD_LETTER } from '../letters.js'

const KEY_WORDS = new RegExp(String.raw`[${WORD_LETTER}\d]+`, 'gu')

// "**Strategies: DCA**": a row named for its category, a colon, then the member.
const MEMBER = new RegExp(String.raw`^([${WORD_LETTER}][${WORD_LETTER}\d &/-]{0,40}?)\s?:\s?\S`, 'u')

/**
 * A summary table of categories ("| Strategies | 370 | 167 | 45% |") against the rows that name
 * their category elsewhere ("| Strategies: DCA | … | 21 |", "| Strategies: Momentum | … | 42 |"):
 * each count column of the summary against the sum of the members' column of the same header.
 * Only where at least two members have a number in that column and every member of the category
 * has one, so the sum is the whole of what the document lists under that name.
 */
export function findCategorySums(tables: readonly Table[]): Breakdown[] {
  const members = new Map<string, { row: Cell[]; table: Table }[]>()
  for (const table of tables) {
    table.rows.forEach((row, r) => {
      if (r === table.totalRow) return
      const m = MEMBER.exec(plain(row[0]?.text ?? ''))
      if (!m) return
      const key = keyOf(m[1]!)
      const list = members.get(key)
      if (list) list.push({ row, table })
      else members.set(key, [{ row, table }])
    })
  }
  const found: Breakdown[] = []
  for (const summary of tables) {
    summary.rows.forEach((row, r) => {
      if (r === summary.totalRow) return
      const name = plain(row[0]?.text ?? '')
      const of = members.get(keyOf(name))
      if (!of || of.length < 2 || of.some((m) => m.table === summary)) return
      for (const column of summary.countColumns) {
        const total = row[column]
        const header = keyOf(plain(summary.header[column]?.text ?? ''))
        if (total?.number === undefined || total.approximate || total.atLeast || header === '') continue
        const cells = of.map((m) => ({ m, cell: m.row[m.table.header.findIndex((h) => keyOf(plain(h.text)) === header)] }))
        if (cells.some(({ cell }) => cell?.number === undefined || cell.approximate)) continue
        found.push({
          subject: `${name} (${plain(summary.header[column]!.text)})`, value: total.number, approximate: false, atLeast: false,
          span: total.span, where: 'members',
          parts: cells.map(({ m, cell }) => ({ label: plain(m.row[0]!.text), value: cell!.number!, span: cell!.span })),
        })
      }
    })
  }
  return found
}

const plain = (text: string) => text.replace(/[*_`]/g, '').trim()
const keyOf = (text: string) => (text.toLowerCase().match(KEY_WORDS) ?? []).map((w) => stem(w)).join(' ')
