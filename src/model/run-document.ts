import type { Document } from './types.js'

/** What run-scope rules and document dating read of a document; the rest is not kept for every file of a run. */
export type RunDocument = Pick<Document, 'path' | 'items' | 'dates' | 'frontMatter' | 'directives'> & {
  /** File names of the markdown documents it cites ("REMAINING_ITEMS.md"), lower-cased: a document that names another describes the same work. */
  mentions?: string[]
}

/** A document of a run with the date it is taken to be written on. */
export interface DatedDocument {
  doc: Readonly<RunDocument>
  /** YYYY-MM-DD, or an ISO timestamp from git or the file system. */
  date: string
  /** Where the date comes from: 'stated' (a line of the document), 'front-matter', 'git' or 'mtime'. */
  dateSource: string
}
