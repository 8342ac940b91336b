import type { DatedDocument } from '../model/run-document.js'
import type { DocumentDiff } from '../model/history/types.js'
import type { Document } from '../model/types.js'
import type { Span } from '../contract/span.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import type { Confidence, Fix, Related, Severity } from '../contract/result.js'

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
  /** How sure the rule is (see Confidence in contract/result.ts); default `high`. */
  confidence?: Confidence
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
