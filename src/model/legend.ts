import type { Status } from '../contract/status.js'
import { readStatus, type Vocabulary } from './vocabulary.js'
import { stripMarkers } from './extract/headings.js'

// A legend's title, in the languages we read: "## Legend", "**Legende**", "### Status key".
const TITLE = /^(?:legend|legends|status key|key|status codes|legende|leyenda|légende|legenda|легенда|условные обозначения|图例|凡例)$/iu
// Cheap test of a whole text before any line is looked at.
const ANY_TITLE = /legend|status key|status codes|leyenda|légende|легенда|обозначения|图例|凡例/iu
// A status code a legend defines: an upper-case word ("PLAN", "IMPL", "WIP", "N/A" aside).
const CODE = /^\p{Lu}[\p{Lu}\p{N}_-]{1,11}$/u
const HEADING = /^ {0,3}#{1,6}(?:\s+|$)/
const ENTRY = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/
// Between a code and its meaning in a list entry: "PLAN = planned", "PLAN: planned", "**PLAN** – planned".
const DEFINES = /\s*(?:=|:|\s[-–—]\s)\s*/

/**
 * The status codes a document's legend defines, with the statuses of their meanings: under
 * "## Legende", "| PLAN | Geplant, Design vorhanden |" makes PLAN todo and "| IMPL | Implementiert,
 * noch nicht produktiv getestet |" done. Only upper-case codes the vocabulary does not know
 * already, whose meanings read as one status; a legend's emoji keep their built-in meanings.
 */
export function legendCodes(text: string, vocab: Vocabulary): Map<string, Status> {
  const codes = new Map<string, Status>()
  if (!ANY_TITLE.test(text)) return codes
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!isTitle(lines[i]!)) continue
    const byHeading = HEADING.test(lines[i]!)
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!
      if (HEADING.test(line)) break
      // A legend under a label ("**Legend:**") ends with its block.
      if (!byHeading && line.trim() === '' && j > i + 1 && lines[j - 1]!.trim() !== '') break
      const pair = definition(line)
      if (!pair) continue
      const [term, meaning] = pair
      if (!CODE.test(term) || vocab.word(term) !== undefined || codes.has(term)) continue
      const reading = readStatus(meaning, vocab)
      if (reading && !reading.vague && reading.status !== 'unknown') codes.set(term, reading.status)
    }
  }
  return codes
}

function isTitle(line: string): boolean {
  const bare = stripMarkers(line.replace(HEADING, '').replace(/[*_`]/g, '')).replace(/:\s*$/, '').trim()
  return TITLE.test(bare)
}

/** A legend line's code and meaning: a table row's first two cells, or a list entry's two sides. */
function definition(line: string): [string, string] | undefined {
  const clean = (s: string) => s.replace(/[*_`]/g, '').trim()
  if (line.trimStart().startsWith('|')) {
    const cells = line.trim().replace(/^\||\|$/g, '').split('|')
    return cells.length >= 2 ? [clean(cells[0]!), clean(cells[1]!)] : undefined
  }
  const entry = ENTRY.exec(line)
  if (!entry) return undefined
  const body = clean(entry[1]!)
  const sep = DEFINES.exec(body)
  return sep && sep.index > 0 ? [body.slice(0, sep.index), body.slice(sep.index + sep[0].length)] : undefined
}
