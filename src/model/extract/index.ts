import type { Root } from 'mdast'
import type { ColumnMap } from '../../contract/span.js'
import type { Document } from '../types.js'
import type { EncodingInfo } from '../../parse/encoding.js'
import { defaultVocabulary, type Vocabulary } from '../vocabulary.js'
import { startWalk } from './context.js'
import { detectConvention } from './number-convention.js'
import { formItems } from './items.js'
import { resolveTargets } from './targets.js'
import { walkBlocks } from './walk.js'
import { findBreakdowns } from './breakdowns.js'
import { findFarBreakdowns } from './far-breakdowns.js'
import { findCategorySums } from './category-sums.js'
import { findColumnTotals } from './column-totals.js'
import { findTableShares, findTallies } from './tallies.js'
import { findRestated } from './restated.js'

/** What extraction needs besides the tree. */
export interface ExtractInput {
  path: string
  text: string
  encoding: EncodingInfo
  columnMap?: ColumnMap
  vocabulary?: Vocabulary
}

/** Builds the document model from a parsed tree: sections, claims, items, tables, verdicts, … */
export function extractDocument(root: Root, input: ExtractInput): Document {
  const source = input.text.split(/\r\n|\r|\n/)
  const vocab = input.vocabulary ?? defaultVocabulary
  // Decided once for the whole document, from its own numbers, else its language.
  const walk = startWalk(vocab, input.columnMap ?? ((_l, c) => c), detectConvention(input.text, vocab.languages[0]))
  walkBlocks(walk, source, root.children)
  const near = [...findBreakdowns(walk, source, root), ...findCategorySums(walk.facts.tables), ...findColumnTotals(walk, source)]
  walk.facts.breakdowns = [...near, ...findFarBreakdowns(walk, source, root, near)]
  walk.facts.tallies = findTallies(walk, source)
  walk.facts.tableShares = findTableShares(walk, source)
  const { facts } = walk
  // A final line break ends the last line; it does not start another.
  const lineCount = source.length > 1 && source.at(-1) === '' ? source.length - 1 : source.length
  // A section runs to the line before the next heading of the same or a higher level.
  const open: typeof facts.sections = []
  for (const section of facts.sections) {
    while (open.length > 0 && open.at(-1)!.depth >= section.depth) open.pop()!.endLine = section.span.line - 1
    open.push(section)
  }
  for (const section of open) section.endLine = lineCount
  Object.assign(facts, findRestated(walk, source, root))
  // The first section on each line, looked up once: a find per group was quadratic in headings.
  const sectionAt = new Map<number, number>()
  for (const s of facts.sections) if (!sectionAt.has(s.span.line)) sectionAt.set(s.span.line, s.endLine)
  for (const group of facts.groups) {
    if (group.kind === 'heading') group.endLine = sectionAt.get(group.span.line) ?? group.endLine
  }
  // Counts are recorded as lists close; put them back in reading order.
  facts.counts.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column)
  const items = formItems(facts.claims)
  resolveTargets(facts.counts, facts.sections, items, walk.vocab)
  return {
    path: input.path,
    ...(walk.vocab.languages[0] !== 'en' ? { language: walk.vocab.languages[0] } : {}),
    text: input.text,
    lineCount,
    encoding: input.encoding,
    ...facts,
    items,
  }
}
