import Table from 'cli-table3'
import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { boxTable, displayWidth } from '../../src/report/box-table.js'

const c = new Chalk({ level: 1 })
const samples = [
  'Login', 'done L12, todo L40', '', 'Café', 'Cafe\u0301', '中文名称', 'ｱｲｳ', '✅ Done', '✔ ok', '✔️ ok', '⚠️ Partial', '⚠ bare',
  '👍🏽 thumbs', '👨‍👩‍👧 family', '🇫🇷 flag', '1️⃣ one', '→ arrow', '© 2025', 'zero\u200bwidth', 'join\u200dx',
  c.red.bold('disputed'), c.bold('Item'), c.yellow('⚠️ warn'), 'a'.repeat(90), 'docs/STATUS.md:12 partial (2025-01-02)', '한국어', '🚧🚧',
]

describe('boxTable', () => {
  it('draws what cli-table3 draws in the compact style pretty uses', () => {
    let seed = 7
    const pick = () => samples[(seed = (seed * 1103515245 + 12345) % 2147483648) % samples.length]!
    for (let n = 0; n < 200; n++) {
      const columns = 1 + (n % 4)
      const head = Array.from({ length: columns }, pick)
      const rows = Array.from({ length: 1 + (n % 5) }, () => Array.from({ length: columns }, pick))
      const expected = new Table({ head, style: { head: [], border: [], compact: true } })
      expected.push(...rows)
      expect(boxTable(head, rows), JSON.stringify({ head, rows })).toBe(expected.toString())
    }
  })

  it('measures as string-width does', () => {
    expect(samples.map(displayWidth)).toEqual([5, 18, 0, 4, 4, 8, 3, 7, 4, 5, 10, 6, 9, 9, 7, 6, 7, 6, 10, 6, 8, 4, 7, 90, 38, 6, 4])
  })
})
