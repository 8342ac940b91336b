import { escapeWorkflowData, escapeWorkflowProperty, stripControl } from './escape.js'
import { rootRelative } from './paths.js'
import { messageWithRelated } from './related.js'
import type { Formatter } from './types.js'

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message (see line N)`.
 * Annotations have no related-location field, so the other side goes into the message.
 * Paths are relative to the repository root, which is what GitHub matches against the diff.
 * Unreadable files become file-level `::error` commands. A clean run prints nothing.
 */
export const github: Formatter = (result, ctx) => {
  const show = (path: string) => rootRelative(path, ctx)
  const lines = result.findings.map((f) => {
    const props = [
      `file=${escapeWorkflowProperty(stripControl(show(f.path)))}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      // GitHub only honours a column range on a single line.
      ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
      `title=${escapeWorkflowProperty(`audit-reconcile(${f.ruleId})`)}`,
    ]
    return `::${f.severity} ${props.join(',')}::${escapeWorkflowData(stripControl(messageWithRelated(f, show)))}`
  })
  for (const e of result.errors) {
    lines.push(`::error file=${escapeWorkflowProperty(stripControl(show(e.path)))},title=audit-reconcile::${escapeWorkflowData(stripControl(e.message))}`)
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
