import type { Span } from '../contract/span.js'
import type { Status } from '../contract/status.js'

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
  /** Written as a lower bound: "50+". */
  atLeast?: true
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

/** A stated total and the parts beside it that it should be the sum of (see extract/breakdowns.ts). */
/** Where a breakdown's parts are, as a message says it. */
export const BREAKDOWN_PLACES = {
  list: 'the entries of the list below', above: 'the entries of the list above', lines: 'the counts under it',
  headings: 'the counts of the headings', numbered: 'the pieces of the numbered list below', members: 'the rows named for it in other tables',
  elsewhere: 'the counts listed under another heading', groups: 'the counts of the groups under it', tables: 'the rows of the tables above', column: 'the rows of the table above', entries: 'the entries of the list below, one each,',
} as const satisfies Record<Breakdown['where'], string>

/** Where a breakdown's parts are, naming the heading they are listed under when it is another section's. */
export function breakdownPlace(b: Pick<Breakdown, 'where' | 'from'>): string {
  return b.from ? `the counts listed under \`${b.from.name}\` (line ${b.from.line})` : BREAKDOWN_PLACES[b.where]
}

export interface Breakdown {
  /** What the total counts, as written ("Files Updated", "Total Issues Found"). */
  subject: string
  value: number
  approximate: boolean
  /** "15,000+": the parts should add up to at least this. */
  atLeast: boolean
  span: Span
  /** Where the parts are: the list right after (or right before), the lines after it in its paragraph, headings, the pieces of one numbered list, or table rows named for it ("Strategies: DCA"), or a breakdown list in another section whose heading names the unit, or the column of the table above headed by the unit. */
  where: 'list' | 'above' | 'lines' | 'headings' | 'numbered' | 'members' | 'elsewhere' | 'groups' | 'tables' | 'column' | 'entries'
  /** For parts listed in another section: the heading they are listed under. */
  from?: { name: string; line: number }
  /** The parts may be a selection of the whole (a list of counts above a total): only a sum above the total contradicts it. */
  subset?: true
  parts: { label: string; value: number; span: Span }[]
}

/** A count of done rows stated beside a table with a status per row ("23/26 Passed" under 26 rows). */
export interface Tally {
  subject: string
  value: number
  /** The whole stated: the table's row count. */
  of: number
  /** Index into Document.tables. */
  table: number
  /** Where the table is, seen from the stated count. */
  side: 'above' | 'below'
  /** Rows whose status is done, and all rows (without a totals row). */
  done: number
  rows: number
  /** Lines of the done rows. */
  doneLines: number[]
  span: Span
}

/** An overall percentage stated beside a table with one column of percentages, and that column's mean. */
export interface TableShare {
  subject: string
  value: number
  approximate: boolean
  /** Index into Document.tables. */
  table: number
  /** Where the table is, seen from the percentage. */
  side: 'above' | 'below'
  mean: number
  rows: number
  span: Span
}

/** A number prose states that a table in its reach gives as well (see extract/restated.ts). */
export interface Restated {
  /** A total of a column, a count of the table's rows, or a change against a row's before and after values. */
  kind: 'total' | 'rows' | 'change'
  /** The noun of the prose number, as written ("tests", "files"). */
  unit: string
  value: number
  /** For a change: the number it went from. */
  from?: number
  /** What the table gives: its totals cell, its column's sum, its last running total, its rows, or the row's after value. */
  expected: number
  /** For a change: the row's before value. */
  expectedFrom?: number
  /** The header of the column, or the label of the row, the table's number is read from. */
  column: string
  where: 'total' | 'sum' | 'running' | 'rows' | 'row'
  approximate: boolean
  /** Index into Document.tables. */
  table: number
  /** Where the table's number is: its cells, or the table. */
  cells: Span[]
  span: Span
}

/** A change stated with its percentage: "from 1,347 to 2,001 tests (+48%)". */
export interface StatedChange {
  /** The noun of the change, as written. */
  subject: string
  from: number
  to: number
  /** Signed: "+48%", "up 48%" is 48; "-5%", "down 5%" is -5. */
  percent: number
  /** The percentage as written. */
  text: string
  approximate: boolean
  span: Span
}
