import { oneLine } from './escape.js'
import { displayPath } from './paths.js'
import { messageWithRelated } from './related.js'
import type { Formatter } from './types.js'

/**
 * One line per finding, `file:line:col: severity message [rule-id]`, the shape editors and
 * `grep` read (vim's default errorformat among them); an unreadable file is
 * `file: error message`. Document text is made one line and stripped of control characters.
 * A clean run prints nothing.
 */
export const compact: Formatter = (result, ctx) => {
  const show = (path: string) => oneLine(displayPath(path, ctx.cwd))
  const lines = result.findings.map((f) =>
    `${show(f.path)}:${f.line}:${f.column}: ${f.severity} ${oneLine(messageWithRelated(f, show))} [${f.ruleId}]`)
  for (const e of result.errors) lines.push(`${show(e.path)}: error ${oneLine(e.message)}`)
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

