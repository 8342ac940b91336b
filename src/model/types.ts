import type { Span } from '../contract/span.js'
import type { EncodingInfo } from '../parse/encoding.js'

/** The state an item is said to be in. */
export type Status = 'done' | 'partial' | 'todo' | 'blocked' | 'na' | 'unknown'

/** Every status, in a fixed order (used by schemas and tables). */
export const STATUSES: readonly Status[] = ['done', 'partial', 'todo', 'blocked', 'na', 'unknown']

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
  /** Set when the words right after the marker say the opposite ("✅ Not implemented"). */
  markerConflict?: { marker: string; markerStatus: Status; words: string; wordStatus: Status }
  /** Heading path of the enclosing sections, outermost first. */
  sectionPath: string[]
  /** Key of the item heading this claim is a sub-item of (a checklist under "### Docker (85%)"). */
  parent?: string
  span: Span
}

/** The claims that name the same thing. */
export interface Item {
  key: string
  /** The most complete spelling seen. */
  name: string
  /** Key of the parent item, for sub-items of an item heading. */
  parent?: string
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
}

/** A table cell, parsed where it holds a number, a percentage or a status. */
export interface Cell {
  text: string
  span: Span
  /** A count or amount: "6", "1,204", "**4**"; a dash in a count column reads as 0. */
  number?: number
  /** A percentage, alone ("50%") or beside a count ("6 (50%)"). */
  percent?: number
  /** The whole of a fraction: 5 in "3/5" or "3 of 5". */
  of?: number
  /** Written as an approximation: "~72%", "≈ 70 %". */
  approximate?: boolean
  status?: Status
}

/** A GFM table with its parsed cells. */
export interface Table {
  header: Cell[]
  rows: Cell[][]
  /** Index into rows of a totals row, if one was recognised. */
  totalRow?: number
  /** Index into the header of a totals column, if one was recognised. */
  totalColumn?: number
  /** Column holding item names, when the table lists items. */
  itemColumn?: number
  /** Column holding item statuses, when the table lists items. */
  statusColumn?: number
  /** Columns of plain counts (whole numbers, not versions, years, ports, prices or dates). */
  countColumns: number[]
  sectionPath: string[]
  span: Span
}

/** A number the document states about a group of items. */
export interface StatedCount {
  /** What is counted, as written ("Infrastructure", "Complete", "Top 5 risks"). */
  subject: string
  /** Which status is counted; for a percentage, the status it is the share of ("75% complete" → done). */
  status?: Status
  value: number
  /** A count, a completion percentage, or the percentage still missing ("15% gap"). */
  kind: 'count' | 'percent' | 'gap'
  /** "~72%", "about 70%". */
  approximate: boolean
  /** Where it was read. */
  source: 'table' | 'heading' | 'line'
  /** The subject is the whole (Total, Overall, All), not one category. */
  overall: boolean
  /** For a count "3 of 5" or "3/5": the whole it is out of. */
  of?: number
  /** "20+ features": the count is a lower bound. */
  atLeast?: true
  /** For a percentage stated with its count ("6 (50%)", "3 of 5 (60%)"): the count and what it is a share of. */
  ratio?: { count: number; of?: number; ofSpan?: Span }
  /**
   * What the number announces of the list or table right after it: as many entries ("Top 5 risks:",
   * "Open items: 12"), or only a total their own counts add up to ("Total components: 35").
   */
  announces?: 'entries' | 'sum'
  /** The list or table the number announces, as found. */
  list?: CountedList
  /** The section or item the subject names, when that can be told. */
  target?: CountTarget
  /** For a count read from a table: the table (index into Document.tables), row and column. */
  cell?: { table: number; row: number; column: number }
  sectionPath: string[]
  span: Span
}

/** A list or table that follows a stated count. */
export interface CountedList {
  /** Top-level entries (or table rows without the totals row). */
  entries: number
  /** Entries claimed done (checked tasks, ✅ entries). */
  done: number
  /** Sum of the entries' own counts, when every entry states one ("- Complete: 6"). */
  sum?: number
  /** Sum of the entries' wholes, when every entry states a fraction ("- Core: 4/4", "- Extras: 3/6"). */
  ofSum?: number
  span: Span
}

/** What a stated number is about: a section (by its heading line), an item, or another stated number. */
export type CountTarget =
  | { kind: 'section'; name: string; line: number }
  | { kind: 'item'; name: string; key: string }
  | { kind: 'count'; name: string; index: number }

/** A document-level claim such as "ALL ITEMS COMPLETE". */
export interface Verdict {
  text: string
  claims: Status
  /** Heading path the verdict's scope is limited to; empty for the whole document. */
  scope: string[]
  /** What the verdict names, when it names something ("Phase 2" in "# ✅ Phase 2 — COMPLETE"). */
  subject?: string
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
