import type { Node } from 'unist'
import { nameKey } from '../names.js'
import { spanOf, type ColumnMap } from '../span.js'
import type {
  Document, DocumentDate, LabelledGroup, PlanEntry, Placeholder, Section, Span, StatedCount,
  StatusClaim, Table, Verdict,
} from '../types.js'
import type { StatusReading, Vocabulary } from '../vocabulary.js'

/** The facts gathered while walking one document, before items are formed. */
export interface Facts {
  sections: Section[]
  groups: LabelledGroup[]
  claims: StatusClaim[]
  tables: Table[]
  counts: StatedCount[]
  verdicts: Verdict[]
  placeholders: Placeholder[]
  dates: DocumentDate[]
  plan: PlanEntry[]
}

/** Where the walk is: the open sections and what the nearest heading is. */
export interface Walk {
  vocab: Vocabulary
  facts: Facts
  map: ColumnMap
  /** Open sections, outermost first. */
  stack: Section[]
  /** Lists and blockquotes the walk is inside. */
  depth: number
}

/** Creates an empty walk. */
export function startWalk(vocab: Vocabulary, map: ColumnMap): Walk {
  return {
    vocab,
    map,
    stack: [],
    depth: 0,
    facts: {
      sections: [], groups: [], claims: [], tables: [], counts: [], verdicts: [],
      placeholders: [], dates: [], plan: [],
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

/** Key of the nearest enclosing item heading, which makes claims under it its sub-items. */
export function parentItem(walk: Walk): string | undefined {
  for (let i = walk.stack.length - 1; i >= 0; i--) {
    const key = walk.stack[i]!.itemKey
    if (key !== undefined) return key
  }
  return undefined
}

/** Records a status claim, and a marker conflict when its text contradicts its marker. */
export function addClaim(
  walk: Walk,
  claim: Omit<StatusClaim, 'key' | 'sectionPath' | 'status' | 'vague'> & { key?: string },
  reading: Pick<StatusReading, 'status' | 'vague'> & Partial<StatusReading>,
): StatusClaim {
  const full: StatusClaim = {
    ...claim,
    key: claim.key ?? nameKey(claim.name).key,
    status: reading.status,
    sectionPath: sectionPath(walk),
  }
  if (reading.vague) full.vague = true
  // A row or entry naming the item of its own heading is that item, not a sub-item of it.
  if (full.parent === undefined || full.parent === full.key) delete full.parent
  if (reading.markerConflict && reading.marker && reading.word) {
    full.markerConflict = { marker: reading.marker.raw, words: reading.word.raw, wordStatus: reading.word.status }
  }
  walk.facts.claims.push(full)
  return full
}

/** The finished document, before items are formed. */
export type Extracted = Omit<Document, 'items' | 'path' | 'text' | 'lineCount' | 'encoding'>
