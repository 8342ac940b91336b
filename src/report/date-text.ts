import type { DocumentDateInfo } from '../contract/result.js'

/** A document's date with where it was found: `2024-12-08 (line 208)`, `2026-11-26 (last commit)`. */
export function dateText(date: Readonly<DocumentDateInfo>): string {
  const source = date.source === 'stated' ? `line ${date.line}` : { 'front-matter': 'front matter', git: 'last commit', mtime: 'modification time' }[date.source]
  return `${date.value.slice(0, 10)} (${source})`
}
