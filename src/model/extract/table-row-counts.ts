import type { RootContent } from 'mdast'
import type { Breakdown } from '../number-types.js'
import { bareText } from './count-tables.js'
import { type Walk } from './context.js'
import { inlineLines } from './inline.js'
import { spanOfLine } from './lines.js'
import { TOTAL, unitOf } from './quantities.js'

// "Total de métricas: 20/20 alcanzadas", "Total metrics: 20", "**Total checks:** 18 of 20 passed".
const TOTAL_LINE = /^([^:]{1,60}):\s*[~≈]?\s*(\d{1,5})(?:\s?(?:\/|of|de|von|sur|su|из)\s?(\d{1,5}))?(?![\d.,%])/iu

/**
 * A total of things closing a section whose sub-sections each list such things in a table:
 * "**Total de métricas**: 20/20" after "### Métricas Técnicas", "### Métricas de Calidad", … whose
 * tables, headed "Métrica", hold 5 + 5 + 4 + 4 rows. The whole ("20") against the rows of the tables
 * whose item column names the total's noun, when there are two or more.
 */
export function tableRowTotals(walk: Walk, source: readonly string[], nodes: readonly RootContent[]): Breakdown[] {
  const found: Breakdown[] = []
  const headings: { depth: number; line: number }[] = []
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1
    if (node.type === 'heading') { headings.push({ depth: node.depth, line }); continue }
    if (node.type !== 'paragraph') continue
    for (const l of inlineLines(node, line)) {
      const m = TOTAL_LINE.exec(bareText(l.text))
      const label = m?.[1]?.trim() ?? ''
      const t = m ? TOTAL.exec(label) : null
      if (!m || !t) continue
      const unit = unitOf(label.slice(0, t.index) + ' ' + label.slice(t.index + t[0].length))
      if (unit === undefined) continue
      // The section the line closes is the one above its own heading, whose sub-sections are the
      // groups: each of them (two or more) lists the things in one table of its own.
      const own = headings.at(-1)
      const parent = own ? headings.filter((h) => h.depth < own.depth).at(-1) : undefined
      if (!own || !parent) continue
      const siblings = headings.filter((h) => h.line > parent.line && h.depth === own.depth)
      const bounds = siblings.map((h, i) => [h.line, siblings[i + 1]?.line ?? l.line] as const)
      const tables = bounds.map(([a, b]) => walk.facts.tables.filter((table) => table.span.line > a && table.span.line < b && !headings.some((h) => h.line > a && h.line < table.span.line && h.depth <= own.depth)))
      if (siblings.length < 2 || tables.some((t) => t.length !== 1 || itemUnit(t[0]!) !== unit)) continue
      const rows = tables.map((t) => t[0]!.rows.length - (t[0]!.totalRow === undefined ? 0 : 1))
      const whole = Number(m[3] ?? m[2])
      if (rows.reduce((a, b) => a + b, 0) === whole) continue
      found.push({
        subject: label, value: whole, approximate: /[~≈]/.test(l.text), atLeast: false, span: spanOfLine(walk, source, l.line), where: 'tables',
        parts: tables.map(([table], i) => ({ label: `rows of the table at line ${table!.span.line}`, value: rows[i]!, span: table!.span })),
      })
    }
  }
  return found
}

/** The noun a table's rows are, by the header of its item column ("Métrica", "Metric"). */
function itemUnit(table: Walk['facts']['tables'][number]): string | undefined {
  if (table.itemColumn === undefined) return undefined
  return unitOf(bareText(table.header[table.itemColumn]?.text ?? ''))
}
