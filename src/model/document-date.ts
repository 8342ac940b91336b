import { readDate } from './extract/dates.js'
import type { Document } from './types.js'
import type { DocumentDateInfo } from '../contract/result.js'

/** The date a document states for itself: its latest "updated" date, else its latest other date. */
export function statedDate(doc: Readonly<Pick<Document, 'dates'>>): DocumentDateInfo | undefined {
  const valid = doc.dates.filter((d) => d.iso !== undefined)
  const updated = valid.filter((d) => d.kind === 'updated')
  const pool = updated.length > 0 ? updated : valid
  const latest = pool.reduce<(typeof pool)[number] | undefined>((a, d) => (!a || d.iso! > a.iso! ? d : a), undefined)
  return latest ? { value: latest.iso!, source: 'stated', line: latest.span.line } : undefined
}

const KEYS = ['last_updated', 'lastUpdated', 'last-updated', 'updated', 'lastmod', 'modified', 'date']

/** The date in a YAML front matter mapping (`updated:`, `lastmod:`, `date:`), parsed by the caller. */
export function frontMatterDate(data: unknown): DocumentDateInfo | undefined {
  if (!data || typeof data !== 'object') return undefined
  for (const key of KEYS) {
    const value = (data as Record<string, unknown>)[key]
    const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : undefined
    const date = text ? readDate(text) : undefined
    if (date?.iso) return { value: date.iso, source: 'front-matter', line: 1 }
  }
  return undefined
}
