import { closestNames } from '../match.js'
import { categoryKey } from '../names.js'
import type { Item, Section } from '../types.js'
import type { CountTarget, StatedCount } from '../number-types.js'
import type { Vocabulary } from '../vocabulary.js'
import { statusPhrase } from './count-words.js'

/**
 * Tells what each stated number is about, after the walk: a category's percentage, or its count in
 * a summary table, names a section (or an item with sub-items) the way items are matched; a gap names the completion
 * percentage of the same thing. A tie between candidates leaves the number without a target.
 */
export function resolveTargets(counts: StatedCount[], sections: readonly Section[], items: readonly Item[], vocab: Vocabulary): void {
  const sectionKeys = sections.map((s) => (eligible(s) ? categoryKey(s.text, vocab.languages[0]).key : ''))
  const parents = new Set(items.flatMap((i) => (i.parent !== undefined ? [i.parent] : [])))
  const groups = items.filter((i) => i.parent === undefined && parents.has(i.key))
  const groupKeys = groups.map((i) => categoryKey(i.name, vocab.languages[0]).key)
  const percentKeys = counts.map((c) => (c.kind === 'percent' && !c.overall && !c.ratio ? categoryKey(c.subject, vocab.languages[0]).key : ''))
  counts.forEach((count, index) => {
    if (count.target || count.overall || count.source === 'heading') return
    // A count names a category only in a summary table; "Dockerfiles: 20 services" counts what no section lists.
    if (count.kind === 'count' && count.source !== 'table') return
    if (count.ratio) return
    if (statusPhrase(count.subject, vocab) !== undefined) return
    const key = categoryKey(count.subject, vocab.languages[0]).key
    if (count.kind === 'gap') {
      const found = agreeing(closestNames(key, percentKeys).filter((i) => i !== index), counts)
      if (found !== undefined) count.target = { kind: 'count', name: counts[found]!.subject, index: found }
      return
    }
    const section = unique(closestNames(key, sectionKeys.map((k, i) => (contains(sections[i]!, count) ? '' : k))))
    if (section !== undefined) {
      const s = sections[section]!
      count.target = { kind: 'section', name: s.text, line: s.span.line }
      return
    }
    const item = unique(closestNames(key, groupKeys))
    if (item !== undefined) count.target = { kind: 'item', name: groups[item]!.name, key: groups[item]!.key }
  })
  keepSummaryTables(counts)
}

/** Sections a category can name: not the title, not about the whole document, not a plan. */
function eligible(section: Section): boolean {
  return section.depth > 1 && !section.documentLevel && !section.plan
}

function contains(section: Section, count: StatedCount): boolean {
  return count.span.line >= section.span.line && count.span.line <= section.endLine
}

function unique(found: number[]): number | undefined {
  return found.length === 1 ? found[0] : undefined
}

/** One of tied percentages, when they all say the same; undefined when they disagree. */
function agreeing(found: number[], counts: readonly StatedCount[]): number | undefined {
  const values = new Set(found.map((i) => counts[i]!.value))
  return values.size === 1 ? found[0] : undefined
}

/**
 * A table's rows name categories only when at least two of its rows name different sections or
 * items: one stray match in a table of other things ("| Unit | 40 | 2 |") says nothing.
 */
function keepSummaryTables(counts: StatedCount[]): void {
  const byTable = new Map<number, StatedCount[]>()
  for (const c of counts) if (c.cell && c.target) byTable.set(c.cell.table, [...(byTable.get(c.cell.table) ?? []), c])
  for (const list of byTable.values()) {
    const distinct = new Set(list.map((c) => targetId(c.target!)))
    if (distinct.size < 2) for (const c of list) delete c.target
  }
}

function targetId(target: CountTarget): string {
  return target.kind === 'section' ? `s${target.line}` : target.kind === 'item' ? `i${target.key}` : `c${target.index}`
}
