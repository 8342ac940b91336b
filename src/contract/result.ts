import { z } from 'zod'
import { STATUSES } from './status.js'

import { RULE_IDS } from './rule-ids.js'
import { SCHEMA_VERSION } from './version.js'
import { changesSchema } from './changes.js'

export { SCHEMA_VERSION }

const span = {
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
}

const status = z.enum(STATUSES)
const severity = z.enum(['error', 'warning'])
/**
 * How sure the tool is of a finding: `high` when the claims are explicit and the match exact or
 * announced; `medium` when a side is inferred (from a section label, a figure, a vague marker) or the
 * match is fuzzy. Only high findings are reported and gate the exit code unless uncertain ones are asked for.
 */
const confidence = z.enum(['high', 'medium'])
/** Every rule id; `directive` is reported by the engine about inline directives (src/engine/directives.ts). */
export const ruleIdSchema = z.enum(RULE_IDS)

/** The other side of a finding: a place in the same or another document. */
export const relatedSchema = z.object({ path: z.string(), ...span, message: z.string() })

/** A mechanical repair a finding carries; `--fix` applies it. */
export const fixSchema = z.object({
  description: z.string(),
  /** Replacements in the file as read (1-based lines, UTF-16 columns, end exclusive); `original` is the text replaced. */
  edits: z.array(z.object({ ...span, original: z.string(), text: z.string() })),
})

/** One finding, positioned, with its other side(s) in `related`. */
export const findingSchema = z.object({
  ruleId: ruleIdSchema,
  severity,
  confidence,
  path: z.string(),
  ...span,
  messageId: z.string(),
  message: z.string(),
  related: z.array(relatedSchema),
  items: z.array(z.string()),
  actual: z.union([z.string(), z.number()]).optional(),
  expected: z.union([z.string(), z.number()]).optional(),
  fix: fixSchema.optional(),
})

/** One claim of a reconciled item, as the report shows it. */
export const reconciledClaimSchema = z.object({
  status,
  percent: z.number().optional(),
  source: z.enum(['heading', 'field', 'table-row', 'list-marker', 'task', 'status-list', 'percentage']),
  raw: z.string(),
  path: z.string(),
  line: z.number().int().positive(),
})

/** An item with all its claims and the status they reconcile to. */
export const reconciledItemSchema = z.object({
  name: z.string(),
  key: z.string(),
  parent: z.string().optional(),
  /** The column of a comparison matrix the item's claims are about ("Windows", "Them"). */
  subject: z.string().optional(),
  claims: z.array(reconciledClaimSchema),
  status: z.union([status, z.literal('disputed')]),
  disputed: z.boolean(),
})

/** Items per reconciled status, as the document states them and as recomputed from its items. */
export const summarySchema = z.object({
  items: z.number().int().nonnegative(),
  byStatus: z.record(z.string(), z.number().int().nonnegative()),
  stated: z.array(z.object({
    subject: z.string(),
    status: status.optional(),
    kind: z.enum(['count', 'percent', 'gap']),
    value: z.number(),
    line: z.number().int().positive(),
    recomputed: z.number().optional(),
    /** What the recomputed value was worked out from ("the entries of the list below (3 + 4)"). */
    against: z.string().optional(),
  })),
  /**
   * Items per reconciled status in each section of the document: the headings of the outermost
   * level that has more than one, in reading order. An item counts once in every such section
   * that holds one of its claims, so the sections may add up to more than `items`; sections with no
   * item are left out.
   */
  sections: z.array(z.object({
    title: z.string(),
    line: z.number().int().positive(),
    items: z.number().int().nonnegative(),
    byStatus: z.record(z.string(), z.number().int().nonnegative()),
  })),
})

/**
 * A line of the document as read (decoded, mojibake repaired), for reports that quote it: every
 * line a claim, a stated number or a finding of the document points to (at most the first
 * `EXCERPT_SPAN_LINES` of a finding's span), cut after `EXCERPT_MAX_CHARS` characters.
 */
export const excerptSchema = z.object({ line: z.number().int().positive(), text: z.string() })
export { EXCERPT_MAX_CHARS, EXCERPT_SPAN_LINES } from './excerpt-limits.js'

/** A file that could not be read or parsed; the other files are still checked. */
export const fileErrorSchema = z.object({ path: z.string(), message: z.string() })

/** When a document is taken to be written: its own date line, front matter, last commit or modification time. */
export const documentDateSchema = z.object({
  value: z.string(),
  source: z.enum(['stated', 'front-matter', 'git', 'mtime']),
  line: z.number().int().positive().optional(),
})

/** An item several documents of the run mention, with each document's word and the reconciled status. */
export const crossItemSchema = z.object({
  name: z.string(),
  /** Oldest document first. */
  entries: z.array(z.object({ path: z.string(), status: z.union([status, z.literal('disputed')]), line: z.number().int().positive(), date: z.string() })),
  status: z.union([status, z.literal('disputed')]),
})

/** The result of one run: the JSON output contract. */
export const runResultSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('audit-reconcile'), version: z.string() }),
  policy: z.enum(['strict', 'latest', 'pessimistic', 'optimistic']),
  documents: z.array(z.object({
    path: z.string(),
    encoding: z.string(),
    /** SHA-1 of the bytes read, so that --fix can tell a file changed since. */
    hash: z.string(),
    date: documentDateSchema.optional(),
    items: z.array(reconciledItemSchema),
    summary: summarySchema,
    /** Only when asked for (`excerpts: true`, and for the html report): the document's quoted lines, by line number. */
    excerpts: z.array(excerptSchema).optional(),
  })),
  findings: z.array(findingSchema),
  crossDocument: z.array(crossItemSchema),
  /** With `--since REV`: what changed in each document since that revision. */
  changes: changesSchema.optional(),
  errors: z.array(fileErrorSchema),
  /** Present when a baseline was applied: the file and how many findings it suppressed. */
  baseline: z.object({ path: z.string(), suppressed: z.number().int().nonnegative() }).optional(),
  totals: z.object({
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    files: z.number().int().nonnegative(),
    fileErrors: z.number().int().nonnegative(),
    /** Findings of medium confidence the run made; listed in `findings` only when uncertain findings are included. Not in `errors` or `warnings`. */
    uncertain: z.number().int().nonnegative(),
  }),
})

export { changesSchema, type Changes, type DocumentChanges } from './changes.js'
export type Related = z.infer<typeof relatedSchema>
export type DocumentDateInfo = z.infer<typeof documentDateSchema>
export type CrossItemResult = z.infer<typeof crossItemSchema>
export type Fix = z.infer<typeof fixSchema>
export type Finding = z.infer<typeof findingSchema>
export type ReconciledClaim = z.infer<typeof reconciledClaimSchema>
export type ReconciledItem = z.infer<typeof reconciledItemSchema>
export type Excerpt = z.infer<typeof excerptSchema>
export type Summary = z.infer<typeof summarySchema>
export type FileError = z.infer<typeof fileErrorSchema>
export type RunResult = z.infer<typeof runResultSchema>
export type Policy = RunResult['policy']
export type Severity = Finding['severity']
export type Confidence = Finding['confidence']
export type RuleId = Finding['ruleId']
