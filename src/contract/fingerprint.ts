import { createHash } from 'node:crypto'
import type { Finding } from './result.js'

// "line 24", "lines 116-122", "lines 24, 25 and 118": what moves when lines are inserted above.
const LINE_REFERENCE = /\b(lines?) \d+(?:[-–]\d+)?(?:(?:, | and )\d+(?:[-–]\d+)?)*/g

/** A finding's message with its line numbers replaced, so that it survives lines moving. */
export function stableMessage(message: string): string {
  return message.replace(LINE_REFERENCE, '$1 …')
}

/** What identifies a finding across edits: path, rule, items and message, never a line number. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'items' | 'message'>, path: string): string {
  return [path, finding.ruleId, finding.items.join('\u0001'), stableMessage(finding.message)].join('\u0000')
}

/**
 * A fingerprint per finding, in the order given: a hash of its key, then `:n` counting earlier
 * findings with the same key (as in GitHub's `primaryLocationLineHash`), so that equal findings
 * stay distinct and each keeps its fingerprint when lines are inserted above it.
 */
export function fingerprints(findings: readonly Finding[], pathOf: (f: Finding) => string = (f) => f.path): string[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const hash = createHash('sha256').update(findingKey(finding, pathOf(finding))).digest('hex').slice(0, 32)
    const n = seen.get(hash) ?? 0
    seen.set(hash, n + 1)
    return `${hash}:${n}`
  })
}
