import { createHash } from 'node:crypto'
import { blankDocument, mayHoldFacts } from './engine/prescan.js'
import { reconcileItems } from './engine/reconcile.js'
import { runRules, type RuleSeverities } from './engine/run-rules.js'
import { summarize } from './engine/summarize.js'
import { applyAliases, type Aliases } from './model/aliases.js'
import { extractDocument } from './model/extract/index.js'
import type { Document } from './model/types.js'
import { createVocabulary, defaultVocabulary, type VocabularyExtension } from './model/vocabulary.js'
import { decode } from './parse/decode.js'
import { parseMarkdown } from './parse/markdown.js'
import type { Finding, Policy, RunResult } from './report/json-schema.js'
import { rules } from './rules/index.js'
import type { RuleContext } from './rules/types.js'

/** Settings that change what is found. */
export interface AnalyseOptions {
  policy?: Policy
  rules?: RuleSeverities
  /** Extra status words per status. */
  statusWords?: VocabularyExtension
  percentTolerance?: number
  /** Item names that mean the same item: canonical name → other spellings. */
  aliases?: Aliases
  /** Report inline disable directives that suppress nothing. */
  reportUnusedDirectives?: boolean
}

/** One document's part of a run. */
export interface DocumentResult {
  document: Document
  findings: Finding[]
  entry: RunResult['documents'][number]
}

/** What a rule may learn about the document's surroundings: cited-path existence, a given root. */
export type Surroundings = Pick<RuleContext, 'exists' | 'rootGiven'>

/** Decodes, parses, models and checks one document's bytes; undefined for a binary file. */
export function analyseBytes(bytes: Uint8Array, path: string, options: AnalyseOptions = {}, surroundings: Surroundings = {}): DocumentResult | undefined {
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') return undefined
  const { text, encoding, fileColumn } = decoded.decoded
  const vocabulary = options.statusWords ? createVocabulary(options.statusWords) : defaultVocabulary
  // A document with no digit, marker or status word holds no fact: skip the parse (see engine/prescan.ts).
  const extracted = mayHoldFacts(text, vocabulary)
    ? extractDocument(parseMarkdown(text), { path, text, encoding, columnMap: fileColumn, vocabulary })
    : blankDocument(path, text, encoding)
  const document = options.aliases ? applyAliases(extracted, options.aliases) : extracted
  return checkDocument(document, options, surroundings, createHash('sha1').update(bytes).digest('hex'))
}

/** Checks a document model and reconciles its items. */
export function checkDocument(document: Document, options: AnalyseOptions = {}, surroundings: Surroundings = {}, hash = ''): DocumentResult {
  const ctx: RuleContext = { percentTolerance: options.percentTolerance ?? 1, ...surroundings }
  const findings = runRules(document, rules, ctx, options.rules, { reportUnusedDirectives: options.reportUnusedDirectives === true })
  const items = reconcileItems(document.items, document.path, options.policy ?? 'strict')
  return {
    document,
    findings,
    entry: { path: document.path, encoding: document.encoding.detected, hash, items, summary: summarize(document, items) },
  }
}
