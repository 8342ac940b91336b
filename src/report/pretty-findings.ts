import type { ChalkInstance } from 'chalk'
import type { Finding, Related } from '../contract/result.js'
import { displayWidth } from './box-table.js'
import { oneLine } from './escape.js'

/** Width of the severity column: the longer of `error` and `warning`. */
const SEVERITY_WIDTH = 'warning'.length

/** Messages longer than this are not padded: their rule id follows them directly. */
const MESSAGE_WIDTH = 80

/**
 * Findings as aligned rows, ESLint's stylish layout: `line:col  severity  message  rule-id`, and
 * under it, at the message column, one `↳` line with the other side: every related place,
 * `line:col message`, joined by ` · ` (with its path when it is another document). Consecutive
 * findings with the same other side (items filed under one section heading) share one `↳` line,
 * after the last of them. Given a `width`, messages are padded only as far as a rule id still
 * fits on the line; nothing is cut.
 */
export function findingLines(findings: readonly Finding[], show: (path: string) => string, c: ChalkInstance, width?: number): string[] {
  if (findings.length === 0) return []
  const positions = findings.map((f) => `${f.line}:${f.column}`)
  const messages = findings.map((f) => oneLine(f.confidence === 'high' ? f.message : `${f.message} (uncertain)`))
  const posWidth = Math.max(...positions.map(displayWidth))
  const lead = 2 + posWidth + 2 + SEVERITY_WIDTH + 2
  const ruleWidth = Math.max(...findings.map((f) => f.ruleId.length))
  const room = width === undefined ? MESSAGE_WIDTH : width - lead - 2 - ruleWidth
  // Align rule ids like ESLint's stylish, but do not push them past a readable width for one long message.
  const msgWidth = Math.max(0, Math.min(Math.max(...messages.map(displayWidth)), MESSAGE_WIDTH, room))
  const indent = ' '.repeat(lead)
  const keys = findings.map((f) => relatedKey(f.related))
  return findings.flatMap((f, i) => {
    const severity = padEnd(f.severity, SEVERITY_WIDTH)
    const head = [
      `  ${' '.repeat(posWidth - displayWidth(positions[i]!))}${positions[i]!}`,
      f.severity === 'error' ? c.red(severity) : c.yellow(severity),
      padEnd(messages[i]!, msgWidth),
      c.dim(f.ruleId),
    ].join('  ')
    if (f.related.length === 0 || keys[i + 1] === keys[i]) return [head]
    let shared = 1
    while (i - shared >= 0 && keys[i - shared] === keys[i]) shared++
    const places = f.related.map((r) => `${r.path === f.path ? '' : `${show(r.path)}:`}${r.line}:${r.column} ${oneLine(r.message)}`)
    const note = shared > 1 ? c.dim(` (for the ${shared} findings above)`) : ''
    return [head, `${indent}${c.dim('↳')} ${places.join(c.dim(' · '))}${note}`]
  })
}

/** What makes two findings' other sides the same: every related place and its message. */
function relatedKey(related: readonly Related[]): string {
  return related.length === 0 ? '' : JSON.stringify(related.map((r) => [r.path, r.line, r.column, r.message]))
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - displayWidth(text)))
}
