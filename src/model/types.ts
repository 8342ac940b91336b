/** 1-based line and column; the end is exclusive, as in unist and SARIF regions. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

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
  markerConflict?: { marker: string; words: string; wordStatus: Status }
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
  number?: number
  percent?: number
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
  sectionPath: string[]
  span: Span
}

/** A number the document states about a group of items. */
export interface StatedCount {
  /** What is counted, when that can be told ("Infrastructure", "Complete"). */
  subject: string
  status?: Status
  value: number
  kind: 'count' | 'percent' | 'gap'
  /** "~72%", "about 70%". */
  approximate: boolean
  sectionPath: string[]
  span: Span
}

/** A document-level claim such as "ALL ITEMS COMPLETE". */
export interface Verdict {
  text: string
  claims: Status
  /** Heading path the verdict's scope is limited to; empty for the whole document. */
  scope: string[]
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

/** A stretch of text that was repaired or could not be decoded. */
export interface EncodingIssue {
  kind: 'mojibake' | 'surrogate' | 'replacement' | 'invalid'
  /** For mojibake: the charset the text had been read as. */
  charset?: string
  /** The text as it stood in the file, and what it was repaired to (if it was). */
  original: string
  repaired?: string
  span: Span
}

/** What decoding found about the file's bytes. */
export interface EncodingInfo {
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'. */
  detected: string
  issues: EncodingIssue[]
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
}
