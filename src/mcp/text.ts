import { compact } from '../report/compact.js'
import { oneLine } from '../report/escape.js'
import type { RunResult } from '../contract/result.js'
import { totalsLine } from '../report/totals-line.js'

/**
 * check_documents as text, for clients that show a model only a tool's text: the totals, one
 * line per finding (the compact format, with the other side), and per document the items
 * that are not done, with their claims. The full report is the structured content.
 */
export function checkText(result: RunResult, cwd: string): string {
  const parts = [totalsLine(result), compact(result, { cwd, color: false, rules: [], toolVersion: result.tool.version }).trimEnd()]
  for (const doc of result.documents) {
    const open = doc.items.filter((item) => item.status !== 'done' && item.status !== 'na')
    if (open.length === 0) continue
    parts.push(`${oneLine(doc.path)}: ${open.length} of ${doc.items.length} items not done`, ...open.map((item) => {
      const claims = item.claims.map((c) => `${c.status} line ${c.line}`).join(', ')
      return `  ${item.status}: ${oneLine(item.name)} (${claims})`
    }))
  }
  return parts.filter((part) => part !== '').join('\n') + '\n'
}
