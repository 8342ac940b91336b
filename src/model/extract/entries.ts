import type { Paragraph } from 'mdast'
import { readStatus, type Vocabulary } from '../vocabulary.js'
import type { Walk } from './context.js'
import { isOnlyStatus, stripMarkers, stripNumbering, trimSeparators } from './headings.js'
import { leadingStrong } from './inline.js'

/**
 * A status from a marker opening or closing a list entry's first line ("✅ Login", "Login ✅"),
 * unless the line is a `Label: value` field or the marker sits inside brackets about something
 * else ("All services (subscription has one ✅)"). A completion percentage in the entry that
 * contradicts a ✅ ("✅ MVP-3 - 20% complete") is a marker conflict.
 */
export function markerReading(walk: Walk, text: string) {
  const marker = walk.vocab.marker(text)
  if (!marker) return undefined
  const before = stripMarkers(text.slice(0, marker.index))
  const after = text.slice(marker.index + marker.raw.length)
  const opens = before === '' || /^[\d.)\s*_]*$/.test(before)
  const closes = stripMarkers(after).replace(walk.vocab.word(after)?.raw ?? '', '').replace(/[\s*_.!()-]/g, '') === ''
  const bracketed = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)
  if (before.includes(':') || bracketed || (!opens && !closes)) return undefined
  const reading = readStatus(text.slice(marker.index), walk.vocab)
  const pct = /(\d{1,3})\s*%\s*(?:complete|completed|done|implemented)\b/i.exec(after)
  if (reading && pct && reading.status === 'done' && Number(pct[1]) < 100) {
    return { ...reading, markerConflict: true, word: { status: 'partial' as const, raw: pct[0], by: 'word' as const, vague: false, index: pct.index } }
  }
  return reading
}

/** A status phrase opening an entry as its label: "Missing: export to CSV", "Done – search". */
export function leadingStatus(walk: Walk, text: string) {
  const bare = stripMarkers(text)
  const word = walk.vocab.word(bare)
  if (!word || word.index > 2 || !/^\s*[:–—-]/.test(bare.slice(word.index + word.raw.length))) return undefined
  return { status: word.status, vague: false }
}

/** The name a list entry gives: its leading bold text, else its text up to a dash or colon. */
export function entryName(text: string, para: Paragraph, vocab: Vocabulary): string {
  const strong = leadingStrong(para)
  if (strong) return trimSeparators(stripMarkers(stripNumbering(strong)))
  let name = stripMarkers(text)
  // "Missing: Export to CSV" names the export, not "Missing".
  const opening = /^[\p{L} ]{2,24}:\s+/u.exec(name)
  if (opening && isOnlyStatus(opening[0].replace(':', ''), vocab)) name = name.slice(opening[0].length)
  for (const sep of [' - ', ' – ', ' — ', ': ']) {
    const i = name.indexOf(sep)
    if (i > 0) name = name.slice(0, i)
  }
  const paren = name.indexOf(' (')
  if (paren > 0) name = name.slice(0, paren)
  return trimSeparators(stripNumbering(name)).slice(0, 120)
}
