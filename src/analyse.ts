import { reconcileItems } from './engine/reconcile.js'
import { runRules, type RuleSeverities } from './engine/run-rules.js'
import { summarize } from './engine/summarize.js'
import { extractDocument } from './model/extract/index.js'
import type { Document } from './model/types.js'
import { createVocabulary, defaultVocabulary, type VocabularyExtension } from './model/vocabulary.js'
import { decode } from './parse/decode.js'
import { boundText, type SkippedLines } from './parse/limits.js'
import { parseMarkdown } from './parse/markdown.js'
import type { FileError, Finding, Policy, RunResult } from './report/json-schema.js'
import { rules } from './rules/index.js'
import type { RuleContext } from './rules/types.js'

/** Settings that change what is found. */
export interface AnalyseOptions {
  policy?: Policy
  rules?: RuleSeverities
  /** Extra status words per status. */
  statusWords?: VocabularyExtension
  percentTolerance?: number
}

/** One document's part of a run. */
export interface DocumentResult {
  document: Document
  findings: Finding[]
  entry: RunResult['documents'][number]
  /** Lines left out of parsing because they are past the parser's limits (see parse/limits.ts). */
  skipped: SkippedLines[]
}

/** Decodes, parses, models and checks one document's bytes; undefined for a binary file. */
export function analyseBytes(bytes: Uint8Array, path: string, options: AnalyseOptions = {}): DocumentResult | undefined {
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') return undefined
  const { text, encoding, fileColumn } = decoded.decoded
  const vocabulary = options.statusWords ? createVocabulary(options.statusWords) : defaultVocabulary
  const bounded = boundText(text)
  const document = extractDocument(parseMarkdown(bounded.text), { path, text, encoding, columnMap: fileColumn, vocabulary })
  return { ...checkDocument(document, options), skipped: bounded.skipped }
}

/** Checks a document model and reconciles its items. */
export function checkDocument(document: Document, options: AnalyseOptions = {}): DocumentResult {
  const ctx: RuleContext = { percentTolerance: options.percentTolerance ?? 1 }
  const findings = runRules(document, rules, ctx, options.rules)
  const items = reconcileItems(document.items, document.path, options.policy ?? 'strict')
  return {
    document,
    findings,
    entry: { path: document.path, encoding: document.encoding.detected, items, summary: summarize(document, items) },
    skipped: [],
  }
}

/** One file's part of a run: its result when it could be analysed, and what to report about it. */
export interface SourceOutcome {
  result?: DocumentResult
  errors: FileError[]
}

/**
 * Analyses one file's bytes for a run and never throws for what the file holds: a binary file,
 * lines past the parser's limits and a parser that runs out of stack each become a message
 * naming the file, and the other files are still checked.
 */
export function analyseSource(bytes: Uint8Array, path: string, options: AnalyseOptions = {}): SourceOutcome {
  let result: DocumentResult | undefined
  try {
    result = analyseBytes(bytes, path, options)
  } catch (error) {
    // Stack or memory exhausted by the input; anything else is a bug and is thrown on.
    if (!(error instanceof RangeError)) throw error
    return { errors: [{ path, message: `Not analysed: ${error.message} (the document nests too deeply or is too large)` }] }
  }
  if (!result) return { errors: [{ path, message: 'Binary file (NUL bytes), skipped' }] }
  const errors = result.skipped.map((s) => ({
    path,
    message: `${s.line === s.endLine ? `Line ${s.line}` : `Lines ${s.line}–${s.endLine}`} not analysed: ${s.reason}`,
  }))
  return { result, errors }
}
