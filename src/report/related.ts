import type { Finding } from '../contract/result.js'

/**
 * The other side of a finding in words, for formats without a related-location field:
 * `see line 118`, `see lines 24, 118`, `see line 3 of docs/OTHER.md`. Empty when there is none.
 */
export function seeAlso(finding: Readonly<Finding>, show: (path: string) => string = (p) => p): string {
  if (finding.related.length === 0) return ''
  const byPath = new Map<string, number[]>()
  for (const r of finding.related) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.line])
  const parts = [...byPath].map(([path, lines]) => {
    const unique = [...new Set(lines)]
    const where = `${unique.length === 1 ? 'line' : 'lines'} ${unique.join(', ')}`
    return path === finding.path ? where : `${where} of ${show(path)}`
  })
  return `see ${parts.join('; ')}`
}

/** The message with its related places (and `uncertain`, for a finding of medium confidence) appended in parentheses, for one-line formats. */
export function messageWithRelated(finding: Readonly<Finding>, show?: (path: string) => string): string {
  const notes = [uncertainty(finding), seeAlso(finding, show)].filter((n) => n !== '')
  return notes.length > 0 ? `${finding.message} (${notes.join('; ')})` : finding.message
}

/** `uncertain` for a finding of medium confidence (reported only with --include-uncertain), else empty. */
export function uncertainty(finding: Readonly<Pick<Finding, 'confidence'>>): string {
  return finding.confidence === 'high' ? '' : 'uncertain'
}
