import type { Root } from 'mdast'
import { createHash } from 'node:crypto'
import { blankDocument, mayHoldFacts } from '../model/prescan.js'
import { reconcileItems } from './reconcile.js'
import { runRules, type RuleSeverities } from './run-rules.js'
import { excerptsOf } from './excerpts.js'
import { summarize } from './summarize.js'
import { applyAliases, type Aliases } from '../model/aliases.js'
import { extractDocument } from '../model/extract/index.js'
import type { ColumnMap } from '../contract/span.js'
import type { Document } from '../model/types.js'
import type { EncodingInfo } from '../parse/encoding.js'
import { createVocabulary, defaultVocabulary, type Vocabulary, type VocabularyExtension } from '../model/vocabulary.js'
import { detectLanguages } from '../model/detect-language.js'
import { legendCodes } from '../model/legend.js'
import type { LanguageCode } from '../model/languages.js'
import { decode } from '../parse/decode.js'
import { boundText, type SkippedLines } from '../parse/limits.js'
import { parseMarkdown } from '../parse/markdown.js'
import type { FileError, Finding, Policy, RunResult } from '../contract/result.js'
import { rules } from '../rules/index.js'
import type { RuleContext } from '../rules/types.js'

/** Settings that change what is found. */
export interface AnalyseOptions {
  policy?: Policy
  rules?: RuleSeverities
  /** Extra status words per status. */
  statusWords?: VocabularyExtension
  /** The languages of every document (config `language`), the first stemming item names; default: told from each document's text. */
  language?: LanguageCode[]
  percentTolerance?: number
  /** Item names that mean the same item: canonical name → other spellings. */
  aliases?: Aliases
  /** Report inline disable directives that suppress nothing. */
  reportUnusedDirectives?: boolean
  /**
   * Report findings of medium confidence too (`--include-uncertain`); the exit code still counts
   * only high ones. Not an analysis setting: every finding is made and cached with its confidence.
   */
  includeUncertain?: boolean
}

/** One document's part of a run. */
export interface DocumentResult {
  document: Document
  findings: Finding[]
  entry: RunResult['documents'][number]
  /** Lines left out of parsing because they are past the parser's limits (see parse/limits.ts). */
  skipped: SkippedLines[]
}

/** What a rule may learn about the document's surroundings: cited-path existence, a given root. */
export type Surroundings = Pick<RuleContext, 'exists' | 'rootGiven'>

/** Decodes, parses, models and checks one document's bytes; undefined for a binary file. */
export function analyseBytes(bytes: Uint8Array, path: string, options: AnalyseOptions = {}, surroundings: Surroundings = {}): DocumentResult | undefined {
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') return undefined
  const { text, encoding, fileColumn } = decoded.decoded
  const hash = createHash('sha1').update(bytes).digest('hex')
  const bounded = boundText(text)
  // A document with no digit, marker or status word holds no fact: skip the parse (see model/prescan.ts).
  const root = mayHoldFacts(text, vocabularyOf(options, text)) ? parseMarkdown(bounded.text) : undefined
  const result = analyseTree(root, text, path, options, surroundings, { encoding, columnMap: fileColumn, hash })
  return { ...result, skipped: bounded.skipped }
}

/** Where a document's text came from, when it was decoded from bytes (see parse/decode.ts). */
export interface TextOrigin {
  /** Detected charset and issues; default: UTF-8 with none. */
  encoding?: EncodingInfo
  /** Columns of the text back to the file's, where repair changed them; default: identity. */
  columnMap?: ColumnMap
  /** SHA-1 of the bytes read; default: of the text as UTF-8. */
  hash?: string
}

/**
 * Models and checks a document from a tree already parsed from `text` (remark-parse with
 * remark-gfm; remark-frontmatter for YAML front matter). The one engine behind the CLI,
 * the Node API and the remark plugin. No tree (undefined) stands for a text that holds no
 * fact at all (model/prescan.ts), which is then not parsed.
 */
export function analyseTree(root: Root | undefined, text: string, path: string, options: AnalyseOptions = {}, surroundings: Surroundings = {}, origin: TextOrigin = {}): DocumentResult {
  const vocabulary = vocabularyOf(options, text)
  const encoding = origin.encoding ?? { detected: 'utf-8', issues: [] }
  const extracted = root
    ? extractDocument(root, { path, text, encoding, ...(origin.columnMap ? { columnMap: origin.columnMap } : {}), vocabulary })
    : blankDocument(path, text, encoding)
  const document = options.aliases ? applyAliases(extracted, options.aliases) : extracted
  return checkDocument(document, options, surroundings, origin.hash ?? createHash('sha1').update(text).digest('hex'))
}

const vocabularies = new Map<string, Vocabulary>()

/**
 * The vocabulary of a document: the run's extra status words and the document's languages (the
 * configured ones, else told from its text), built once per set of them (not per document).
 */
function vocabularyOf(options: AnalyseOptions, text: string): Vocabulary {
  // analyseBytes asks twice for one document (the prescan, then the extraction): tell its languages once.
  if (last && last.text === text && last.options === options) return last.vocabulary
  const vocabulary = buildVocabulary(options, text)
  last = { text, options, vocabulary }
  return vocabulary
}

let last: { text: string; options: AnalyseOptions; vocabulary: Vocabulary } | undefined

/** The vocabulary of the run and the document's languages, with the status codes its legend defines. */
function buildVocabulary(options: AnalyseOptions, text: string): Vocabulary {
  const base = languageVocabulary(options, text)
  const codes = legendCodes(text, base)
  return codes.size > 0 ? { ...base, codes } : base
}

function languageVocabulary(options: AnalyseOptions, text: string): Vocabulary {
  const languages = options.language ?? detectLanguages(text)
  if (!options.statusWords && (languages.length === 0 || (languages.length === 1 && languages[0] === 'en'))) return defaultVocabulary
  const id = JSON.stringify([options.statusWords ?? {}, languages])
  let vocabulary = vocabularies.get(id)
  if (!vocabulary) vocabularies.set(id, (vocabulary = createVocabulary(options.statusWords, languages)))
  return vocabulary
}

/** Checks a document model and reconciles its items. */
export function checkDocument(document: Document, options: AnalyseOptions = {}, surroundings: Surroundings = {}, hash = ''): DocumentResult {
  const ctx: RuleContext = { percentTolerance: options.percentTolerance ?? 1, ...surroundings }
  const findings = runRules(document, rules, ctx, options.rules, { reportUnusedDirectives: options.reportUnusedDirectives === true })
  const items = reconcileItems(document.items, document.path, options.policy ?? 'strict')
  return {
    document,
    findings,
    entry: { path: document.path, encoding: document.encoding.detected, hash, items, summary: summarize(document, items), excerpts: excerptsOf(document, findings) },
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
export function analyseSource(bytes: Uint8Array, path: string, options: AnalyseOptions = {}, surroundings: Surroundings = {}): SourceOutcome {
  let result: DocumentResult | undefined
  try {
    result = analyseBytes(bytes, path, options, surroundings)
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
