import type { LanguageCode } from './languages.js'
import type { Span } from '../contract/span.js'
import type { Status } from '../contract/status.js'
import type { EncodingInfo } from '../parse/encoding.js'
import type { Breakdown, Restated, StatedChange, StatedCount, Table, TableShare, Tally } from './number-types.js'

/** Where in the document a status claim was read from. */
export type ClaimSource =
  | 'heading'
  | 'field'
  | 'table-row'
  | 'list-marker'
  | 'task'
  | 'status-list'
  | 'percentage'

/** A place that says something about an item's state. */
export interface StatusClaim {
  /** The item's name as written, markdown stripped. */
  name: string
  /** Normalised name used for matching (see model/names.ts). */
  key: string
  status: Status
  /** Present when the claim is a percentage; 0–100. */
  percent?: number
  /** The text that carried the status, e.g. "✅ **FULLY IMPLEMENTED**". */
  raw: string
  source: ClaimSource
  /** True when the status came only from an ambiguous marker (a bare ⚠️). */
  vague?: boolean
  /**
   * Set when the words right after the marker say the opposite ("✅ Not implemented"); `figure` when
   * the other side is a number ("✅ 20% complete", "0% (Partial)"), which many teams write on purpose.
   */
  markerConflict?: { marker: string; markerStatus: Status; words: string; wordStatus: Status; figure?: true }
  /**
   * The column of a comparison matrix the claim was read from ("Windows", "Them", "After"): a claim
   * about one subject of an item, which meets only claims about the same subject.
   */
  subject?: string
  /** For a table row: the header of the table's item column ("Feature", "Decoder"), what its rows are. */
  itemHeader?: string
  /** Heading path of the enclosing sections, outermost first. */
  sectionPath: string[]
  /** Key of the item heading this claim is a sub-item of (a checklist under "### Docker (85%)"). */
  parent?: string
  /** For a `Status:` line nested in a list entry that claims a status itself: the entry's line. */
  entryLine?: number
  span: Span
}

/** The claims that name the same thing. */
export interface Item {
  key: string
  /** The most complete spelling seen. */
  name: string
  /** Key of the parent item, for sub-items of an item heading. */
  parent?: string
  /** The matrix column its claims are about (see StatusClaim.subject). */
  subject?: string
  claims: StatusClaim[]
}

/** A heading and what lies under it, up to the next heading of the same or lower depth. */
export interface Section {
  depth: number
  /** Heading text, markdown stripped. */
  text: string
  /** Heading path including this heading, outermost first. */
  path: string[]
  /** The heading's own span. */
  span: Span
  /** Last line that belongs to the section. */
  endLine: number
  /** Status a group heading gives to what is filed under it ("Missing Items" → todo). */
  label?: Status
  /** The label only says "not done" ("Remaining Items"). */
  labelVague?: boolean
  /** A section of work still to do (action plan, next steps, roadmap). */
  plan: boolean
  /** About the document as a whole (summary, notes, overall status). */
  documentLevel: boolean
  /** Key of the item this heading claims a status for, when it is an item heading. */
  itemKey?: string
  /**
   * What the section's entries are, when they are not work with a status: `excluded` for a title
   * that negates its content ("Won't fix", "Out of scope", "False positives"), `options` for
   * alternatives ("Option 1: …"), `criteria` for conditions ("Definition of done", "Acceptance criteria"),
   * `advice` for recommendations and best practices (a bare marker there is a bullet, not a status),
   * `conditions` for a label its entries complete ("Do not delete the backups until:"): what they
   * name is what must hold, whatever their markers say.
   */
  kind?: 'excluded' | 'options' | 'criteria' | 'advice' | 'conditions'
}

/** A list of items filed under a status label ("✅ Implemented:", "### Completed"). */
export interface LabelledGroup {
  /** The label text, e.g. "✅ Implemented:". */
  label: string
  status: Status
  span: Span
  /** Lines the group covers (the label and its list). */
  endLine: number
  /** 'heading' for a label heading, 'list' for a label paragraph followed by a list. */
  kind: 'heading' | 'list'
  /** The label only says "not done" ("Remaining:", "⚠️ Open items"): a vaguer filing. */
  vague?: true
}

/** A document-level claim such as "ALL ITEMS COMPLETE". */
export interface Verdict {
  text: string
  claims: Status
  /** Heading path the verdict's scope is limited to; empty for the whole document. */
  scope: string[]
  /** What the verdict names, when it names something ("Phase 2" in "# ✅ Phase 2 — COMPLETE"). */
  subject?: string
  /** `ready` for a judgement of readiness ("production ready"), not a claim that everything is done. */
  kind?: 'ready'
  span: Span
}

/** Unfilled template text. */
export interface Placeholder {
  text: string
  span: Span
}

/** A date the document states about itself. */
export interface DocumentDate {
  /** The label as written ("Last Updated", "Date"). */
  label: string
  kind: 'updated' | 'created' | 'date'
  raw: string
  /** ISO date (YYYY-MM-DD) when the date exists; absent for impossible dates. */
  iso?: string
  span: Span
}

/** A work item listed in an action plan or next-steps section. */
export interface PlanEntry {
  name: string
  key: string
  span: Span
}

/** A file path a document cites as evidence for an item. */
export interface Citation {
  /** Normalised path: no line anchor, no leading "./". */
  path: string
  /** True when the path has a directory part (checkable from the repository root). */
  rooted: boolean
  /** Key of a claim of the item it is evidence for (the row, entry or heading it stands under). */
  itemKey?: string
  span: Span
}

/** Everything extracted from one document; rules read only this. */
export interface Document {
  /** As the user gave it, relative to cwd; '<stdin>' for stdin. */
  path: string
  /** The language its item names were matched in (see names.ts); English when absent. */
  language?: LanguageCode
  /** Decoded and repaired text. */
  text: string
  lineCount: number
  encoding: EncodingInfo
  sections: Section[]
  groups: LabelledGroup[]
  claims: StatusClaim[]
  items: Item[]
  tables: Table[]
  counts: StatedCount[]
  /** Stated totals with the parts beside them (a breakdown list, field lines, counted headings). */
  breakdowns: Breakdown[]
  /** Counts of done rows stated beside a table with a status per row. */
  tallies: Tally[]
  /** Overall percentages stated beside a table with a column of percentages. */
  tableShares: TableShare[]
  /** Numbers prose restates of a table in its reach: a column's total, its rows, a before and after. */
  restated: Restated[]
  /** Changes stated with their percentage ("from 1,347 to 2,001 tests (+48%)"). */
  changes: StatedChange[]
  verdicts: Verdict[]
  placeholders: Placeholder[]
  /** Inline directives, in reading order (the engine applies them; rules ignore them). */
  directives: import('../parse/directives.js').Directive[]
  dates: DocumentDate[]
  plan: PlanEntry[]
  citations: Citation[]
  /** The YAML front matter, unparsed. */
  frontMatter?: string
}
