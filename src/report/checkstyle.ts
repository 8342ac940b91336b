import { stripControl, xmlAttributes as attrs } from './escape.js'
import { displayPath } from './paths.js'
import { messageWithRelated } from './related.js'
import type { Formatter } from './types.js'

/**
 * Checkstyle XML, read by Jenkins' warnings plugin, reviewdog and many editors: a `<file>` per
 * document with an `<error>` per finding; `source` is `audit-reconcile.<rule-id>`, as ESLint
 * writes `eslint.rules.<id>`. An unreadable file gets an `<error>` with source `audit-reconcile`.
 */
export const checkstyle: Formatter = (result, ctx) => {
  const show = (path: string) => stripControl(displayPath(path, ctx.cwd))
  const paths = [...new Set([...result.documents.map((d) => d.path), ...result.findings.map((f) => f.path), ...result.errors.map((e) => e.path)])]
  const files = paths.map((path) => {
    const errors = result.findings.filter((f) => f.path === path).map((f) => `    <error ${attrs({
      line: f.line, column: f.column, severity: f.severity, message: stripControl(messageWithRelated(f, show)), source: `audit-reconcile.${f.ruleId}`,
    })}/>`)
    for (const e of result.errors.filter((x) => x.path === path)) {
      errors.push(`    <error ${attrs({ line: 1, column: 1, severity: 'error', message: stripControl(e.message), source: 'audit-reconcile' })}/>`)
    }
    const open = `  <file ${attrs({ name: show(path) })}`
    return errors.length === 0 ? `${open}/>` : `${open}>\n${errors.join('\n')}\n  </file>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n${files.map((f) => f + '\n').join('')}</checkstyle>\n`
}

