import type { Node } from 'unist'
import { nameKey } from '../names.js'
import { spanOf, type ColumnMap } from '../../contract/span.js'
import type { Document, Section, StatusClaim } from '../types.js'
import type { StatedCount } from '../number-types.js'
import type { Span } from '../../contract/span.js'
import type { StatusReading, Vocabulary } from '../vocabulary.js'
import type { SectionKind } from './headings.js'
import { DECIMAL_POINT, type NumberConvention } from './number-convention.js'
import { HAS_LETTER } from '../letters.js'

/** The facts gathered while walking one document, before items are formed. */
export type Facts = Omit<Document, 'items' | 'path' | 'text' | 'lineCount' | 'encoding'>

/** Where the walk is: the open sections and what the nearest heading is. */
export interface Walk {
  vocab: Vocabulary
  /** How the document writes its numbers: which mark is the decimal one ("15.000" or "1,204"). */
  numbers: NumberConvention
  facts: Facts
  map: ColumnMap
  /** Open sections, outermost first. */
  stack: Section[]
  /** A count on the line just read that may announce the next list or table ("Top 5 risks:"). */
  intro?: StatedCount | undefined
  /** Counts that say nothing of what they count, until a list shows them to be part of a total. */
  bare: StatedCount[]
  /** Lists and blockquotes the walk is inside. */
  depth: number
  /** The kind a list label gives the list being walked ("Won't fix:", "Complete when:"), over the section's. */
  listKind?: SectionKind | undefined
}

/** Creates an empty walk. */
export function startWalk(vocab: Vocabulary, map: ColumnMap, numbers: NumberConvention = DECIMAL_POINT): Walk {
  return {
    vocab,
    numbers,
    map,
    stack: [],
    bare: [],
    depth: 0,
    facts: {
      sections: [], groups: [], claims: [], tables: [], counts: [], breakdowns: [], tallies: [], tableShares: [], restated: [], changes: [], verdicts: [],
      placeholders: [], directives: [], dates: [], plan: [], citations: [],
    },
  }
}

/** The span of a node in file coordinates. */
export function span(walk: Walk, node: Node): Span {
  return spanOf(node, walk.map)
}

/** Heading path of the innermost open section. */
export function sectionPath(walk: Walk): string[] {
  return walk.stack.at(-1)?.path ?? []
}

/** The innermost open section. */
export function currentSection(walk: Walk): Section | undefined {
  return walk.stack.at(-1)
}

/**
 * The section whose label files a list: the current one, or through plain sub-headings the nearest
 * labelled one ("#### Core" under "### ✅ Complete modules"); a sub-heading that is an item, a plan,
 * a kind of its own or a label of its own stops it.
 */
export function labelledSection(walk: Walk): Section | undefined {
  for (let i = walk.stack.length - 1; i >= 0; i--) {
    const s = walk.stack[i]!
    if (s.itemKey !== undefined) return undefined
    if (s.label !== undefined) return s
    if (s.plan || s.kind !== undefined || s.documentLevel) return undefined
  }
  return undefined
}

/** Key of the nearest enclosing item heading, which makes claims under it its sub-items. */
export function parentItem(walk: Walk): string | undefined {
  for (let i = walk.stack.length - 1; i >= 0; i--) {
    const key = walk.stack[i]!.itemKey
    if (key !== undefined) return key
  }
  return undefined
}

/** What the entries read here are, when not work with a status: from the list label, else the section. */
export function contextKind(walk: Walk): SectionKind | undefined {
  return walk.listKind ?? currentSection(walk)?.kind
}

/**
 * Whether a claim read here is recorded: nothing is claimed of excluded work, alternatives or conditions,
 * and among criteria only what is checked off (an unchecked criterion is a condition, not a to-do).
 */
function recorded(walk: Walk, status: string): boolean {
  const kind = contextKind(walk)
  return kind !== 'excluded' && kind !== 'options' && kind !== 'conditions' && (kind !== 'criteria' || status === 'done')
}

const PRIORITY_ONLY = /^(?:critical|high|medium|low|urgent|blocker|major|minor|p[0-4])(?:\s+priority)?$/i
// "All services and controllers", "NOTHING LEFT TO DEVELOP": statements about everything, not an item.
const WHOLE = /^(?:all|every|everything|nothing|none|no more)\b/i
// "**Overall:** 50% complete", "## Completion Summary": the document's summing up, not a work item.
const SUMMING_UP = /^(?:overall|total|totals|grand total|summary|(?:completion|status|progress|executive|final|overall)\s+(?:summary|status|progress|completion)|progress|status|project\s+(?:status|progress|completion))$/i

/** Records a status claim, and a marker conflict when its text contradicts its marker. */
export function addClaim(
  walk: Walk,
  claim: Omit<StatusClaim, 'key' | 'sectionPath' | 'status' | 'vague'> & { key?: string },
  reading: Pick<StatusReading, 'status' | 'vague'> & Partial<StatusReading>,
): StatusClaim {
  const full: StatusClaim = {
    ...claim,
    key: claim.key ?? nameKey(claim.name, walk.vocab.languages[0]).key,
    status: reading.status,
    sectionPath: sectionPath(walk),
  }
  if (reading.vague) full.vague = true
  // A row or entry naming the item of its own heading is that item, not a sub-item of it.
  if (full.parent !== undefined && (full.parent === full.key || full.parent.endsWith(` › ${full.key}`))) {
    const outer = full.parent.slice(0, Math.max(0, full.parent.length - full.key.length - 3))
    full.parent = outer === '' ? undefined : outer
  }
  if (full.parent === undefined) delete full.parent
  if (reading.markerConflict && reading.marker && reading.word) {
    full.markerConflict = { marker: reading.marker.raw, markerStatus: reading.marker.status, words: reading.word.raw, wordStatus: reading.word.status, ...(reading.figure ? { figure: true as const } : {}) }
  }
  // A name with no letter ("6)") or only a priority ("CRITICAL") names nothing.
  const named = HAS_LETTER.test(full.name) && !PRIORITY_ONLY.test(full.name.trim()) && !WHOLE.test(full.name.trim()) && !SUMMING_UP.test(full.name.trim())
  if (recorded(walk, full.status) && named) walk.facts.claims.push(full)
  return full
}
