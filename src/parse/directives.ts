import type { Span } from '../contract/span.js'

/** An inline `<!-- audit-reconcile-… -->` comment; the engine applies it, rules never see it. */
export interface Directive {
  /** `unknown` for an `audit-reconcile-…` comment that is none of the four (a typo). */
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-file' | 'unknown'
  /** Rule ids as written; empty means every rule. */
  rules: string[]
  /** Text after ` -- `, why the directive is there. */
  reason?: string
  /** The directive without its reason, e.g. `audit-reconcile-disable status-conflict`. */
  text: string
  span: Span
}

const PREFIX = 'audit-reconcile-'
const KINDS = ['disable-next-line', 'disable-file', 'disable', 'enable'] as const
/** The directive names, for messages and "did you mean". */
export const DIRECTIVE_NAMES: readonly string[] = KINDS.map((k) => PREFIX + k)

/**
 * Reads the `<!-- audit-reconcile-… -->` comments in the value of an mdast `html` node
 * at `at`: `disable`, `enable`, `disable-next-line` and `disable-file`, each with an optional
 * list of rule ids (commas and/or spaces; none means every rule) and an optional reason after
 * ` -- `. Other comments are ignored; an `audit-reconcile-…` comment that is none of the four
 * is kept as kind `unknown`, so that a typo is reported rather than silently doing nothing.
 * Scans with indexOf, linear in the value.
 */
export function readDirectives(value: string, at: Span): Directive[] {
  const found: Directive[] = []
  let from = 0
  for (;;) {
    const open = value.indexOf('<!--', from)
    if (open < 0) break
    const close = value.indexOf('-->', open + 4)
    const end = close < 0 ? value.length : close + 3
    const directive = parseComment(value.slice(open + 4, close < 0 ? value.length : close))
    if (directive) found.push({ ...directive, span: spanIn(value, open, end, at) })
    from = end
  }
  return found
}

function parseComment(body: string): Omit<Directive, 'span'> | undefined {
  const trimmed = body.trim()
  if (!trimmed.startsWith(PREFIX)) return undefined
  // A reason follows two or more dashes with space around them, as in ESLint.
  const reasonAt = trimmed.search(/\s-{2,}\s/)
  const head = (reasonAt < 0 ? trimmed : trimmed.slice(0, reasonAt)).trim()
  const reason = reasonAt < 0 ? undefined : trimmed.slice(reasonAt).replace(/^\s-+\s/, '').trim()
  const [name = '', ...rest] = head.split(/\s+/)
  const kind = KINDS.find((k) => name === PREFIX + k) ?? 'unknown'
  const rules = rest.join(' ').split(/[\s,]+/).filter((r) => r !== '')
  return { kind, rules, text: head, ...(reason ? { reason } : {}) }
}

/** The span of value[start, end) given the span of the whole node. */
function spanIn(value: string, start: number, end: number, at: Span): Span {
  const point = (offset: number) => {
    const before = value.slice(0, offset)
    const newlines = before.split('\n').length - 1
    const lineStart = before.lastIndexOf('\n') + 1
    return { line: at.line + newlines, column: newlines === 0 ? at.column + offset : offset - lineStart + 1 }
  }
  const a = point(start)
  const b = point(end)
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
}
