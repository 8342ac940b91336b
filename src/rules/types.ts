import type { DocumentDiff } from '../history/diff.js'
import type { Document, Span } from '../model/types.js'
import type { Fix, Related, RuleId, Severity } from '../report/json-schema.js'

export type { Fix, Finding, Related, RuleId, Severity } from '../report/json-schema.js'

/** A rule's fixed description: id, default severity, one-line description, message templates. */
export interface RuleMeta<M extends string = string> {
  id: RuleId
  defaultSeverity: Severity
  /** One line, imperative, used by --help, SARIF shortDescription and docs. */
  description: string
  /** Longer help text: what the rule finds and how to fix it. */
  help: string
  /** Message templates keyed by messageId; `{name}` placeholders. */
  messages: Record<M, string>
  /** 'document' rules see one document; 'run' rules every document of the run; 'history' rules two versions of each (--since). */
  scope?: 'document' | 'run' | 'history'
}

/** What a rule returns: no ruleId, no severity, no path; the runner adds those. */
export interface Draft<M extends string = string> {
  messageId: M
  data?: Record<string, string | number>
  span: Span
  /** Other places, in the same document unless `path` says otherwise. */
  related?: (Omit<Related, 'path'> & { path?: string })[]
  items?: string[]
  actual?: string | number
  expected?: string | number
  fix?: Fix
  /** Overrides the default severity only where the rule's spec says so (partial vs todo). */
  severity?: Severity
}

/** Options a rule may read; all have defaults. */
export interface RuleContext {
  /** Percentage points a stated percentage may differ from the computed one. */
  percentTolerance: number
  /**
   * Whether a cited path exists in the repository the document describes: true, false,
   * or undefined when that cannot be told (no repository, a bare file name not found).
   * Absent when the run has no file system (a document checked from memory).
   */
  exists?: (path: string, rooted: boolean) => boolean | undefined
  /** True when the user named the repository root (`--root`): cited paths are checked even if none exists. */
  rootGiven?: boolean
}

/** What run-scope rules and document dating read of a document; the rest is not kept for every file of a run. */
export type RunDocument = Pick<Document, 'path' | 'items' | 'dates' | 'frontMatter' | 'directives'>

/** A document of a run with the date it is taken to be written on. */
export interface DatedDocument {
  doc: Readonly<RunDocument>
  /** YYYY-MM-DD, or an ISO timestamp from git or the file system. */
  date: string
  /** Where the date comes from: 'stated' (a line of the document), 'front-matter', 'git' or 'mtime'. */
  dateSource: string
}

/** A rule over all documents of a run (cross-document rules). */
export interface RunRule<M extends string = string> {
  meta: RuleMeta<M>
  check(docs: readonly DatedDocument[], ctx: RuleContext): (Draft<M> & { path: string })[]
}

/** A rule over one document. */
export interface Rule<M extends string = string> {
  meta: RuleMeta<M>
  check(doc: Readonly<Document>, ctx: RuleContext): Draft<M>[]
}

/** A document of the run and its version at an earlier revision, compared (`--since`). */
export interface VersionPair {
  /** The revision as the user gave it. */
  since: string
  /** The earlier version in git's notation (`HEAD~1:docs/STATUS.md`), the path of related places in it. */
  beforeRef: string
  diff: DocumentDiff
}

/** A rule over the two versions of each document; it runs only with --since. */
export interface HistoryRule<M extends string = string> {
  meta: RuleMeta<M>
  check(pairs: readonly VersionPair[], ctx: RuleContext): (Draft<M> & { path: string })[]
}
