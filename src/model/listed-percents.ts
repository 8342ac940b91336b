import type { Document, Section } from './types.js'
import type { StatedCount } from './number-types.js'
import { LIST_ITEM } from '../parse/chunks.js'

// Few parts make a poor mean: an aside ("- Docs: 100%") is not a breakdown.
const MIN_LISTED = 3

/**
 * The percentages of the list right under a heading with no sub-sections: "### Progress: 95%" over
 * "- ✅ Infrastructure: 100%", …, "- ⏸️ Tests: 0%". Only a list that starts the section, one
 * percentage a top-level entry, every entry of it giving one; prose percentages in the section are
 * no parts, and an indented entry (a part of a part) makes the list no flat breakdown.
 */
export function listedPercents(doc: Readonly<Document>, section: Section, sectionCounts: readonly StatedCount[]): StatedCount[] {
  const counts = sectionCounts.filter((c) => c.source === 'line' && c.span.line > section.span.line)
  if (counts.length < MIN_LISTED || counts.some((c) => c.kind !== 'percent' || c.overall)) return []
  const lines = doc.text.split('\n')
  const first = counts[0]!.span.line
  if (lines.slice(section.span.line, first - 1).some((l) => l.trim() !== '')) return []
  const run = counts.every((c, i) => c.span.line === first + i && LIST_ITEM.test(lines[c.span.line - 1] ?? ''))
  const next = lines[first + counts.length - 1] ?? ''
  return run && !LIST_ITEM.test(next.trimStart()) ? counts : []
}
