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

/** The message with its related places appended in parentheses, for one-line formats. */
export function messageWithRelated(finding: Readonly<Finding>, show?: (path: string) => string): string {
  const see = seeAlso(finding, show)
  return see ? `${finding.message} (${see})` : finding.message
}
