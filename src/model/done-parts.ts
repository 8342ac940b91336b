import { nameKey, isStatusWording } from './names.js'
import { stripMarkers } from './extract/headings.js'
import type { Document, StatusClaim } from './types.js'

/** One thing a done entry's description lists: "Global Search" of "✅ Sprint 8: Global Search & Keyboard Shortcuts". */
export interface DonePart {
  name: string
  claim: StatusClaim
}

// The description after an entry's name: "Sprint 8: …", "Auth – …".
const DESCRIPTION = /^\s*(?:[*_]+\s*)?(?::|[-–—](?=\s))\s*/
// What joins the things a description lists, in the languages we read. Not '/': "PDF/Excel Export" is one thing.
const JOIN = /\s*(?:[&+,;，、]|\s(?:and|und|et|e|y|и|та|ve)\s)\s*/iu
// A description of many parts is a changelog, not a list of finished things.
const MAX_PARTS = 4

/**
 * The things done entries list after their names, by key: a sprint or phase entry "✅ Sprint 8: Global
 * Search & Keyboard Shortcuts" says Global Search is done as plainly as "✅ Global Search" would. Only
 * list entries claimed done; a part is a short name (parentheses dropped), not a sentence.
 */
export function doneParts(doc: Readonly<Document>): Map<string, DonePart[]> {
  const known = memo.get(doc)
  if (known) return known
  const lines = doc.text.split('\n')
  const out = new Map<string, DonePart[]>()
  for (const claim of doc.claims) {
    if (claim.status !== 'done' || claim.source !== 'list-marker' || claim.markerConflict || claim.name === '') continue
    const text = lines[claim.span.line - 1] ?? ''
    const at = text.toLowerCase().indexOf(claim.name.toLowerCase())
    if (at < 0) continue
    const rest = text.slice(at + claim.name.length)
    const opening = DESCRIPTION.exec(rest)
    if (!opening) continue
    const description = stripMarkers(rest.slice(opening[0].length).replace(/\([^)]*\)|[*_`]/g, ' ')).trim()
    const parts = description.split(JOIN).map((p) => p.trim()).filter((p) => p !== '')
    if (parts.length > MAX_PARTS) continue
    for (const name of parts) {
      const words = name.split(/\s+/)
      if (words.length > 4 || isStatusWording(name, doc.language)) continue
      const { key } = nameKey(name, doc.language)
      if (key === '' || key === claim.key) continue
      const list = out.get(key)
      if (list) list.push({ name, claim })
      else out.set(key, [{ name, claim }])
    }
  }
  memo.set(doc, out)
  return out
}

const memo = new WeakMap<Readonly<Document>, Map<string, DonePart[]>>()
