import type { FormatContext } from '../../src/report/types.js'
import {
  findingSchema, reconciledItemSchema, runResultSchema,
  type Finding, type ReconciledItem, type RunResult,
} from '../../src/contract/result.js'

type DocumentResult = RunResult['documents'][number]

/** A finding with defaults for every field not given; validated against the JSON contract. */
export function makeFinding(partial: Partial<Finding> = {}): Finding {
  const line = partial.line ?? 1
  const column = partial.column ?? 1
  return findingSchema.parse({
    ruleId: 'status-conflict',
    severity: 'error',
    confidence: 'high',
    path: 'docs/STATUS.md',
    line,
    column,
    endLine: line,
    endColumn: column + 1,
    messageId: 'conflict',
    message: 'Unexpected status `todo` for `Item`, line 2 says `done`',
    related: [],
    items: [],
    ...partial,
  })
}

/** A reconciled item, by default undisputed with one `done` claim on line 1. */
export function makeItem(partial: Partial<ReconciledItem> = {}): ReconciledItem {
  const name = partial.name ?? 'Item'
  return reconciledItemSchema.parse({
    name,
    key: name.toLowerCase(),
    claims: [{ status: 'done', source: 'heading', raw: '✅', path: 'docs/STATUS.md', line: 1 }],
    status: 'done',
    disputed: false,
    ...partial,
  })
}

/** A document entry of a result: no items and an empty summary unless given. */
export function makeDocument(partial: Partial<DocumentResult> = {}): DocumentResult {
  return {
    path: 'docs/STATUS.md',
    encoding: 'utf-8',
    hash: '0000000000000000000000000000000000000000',
    items: [],
    summary: { items: partial.items?.length ?? 0, byStatus: {}, stated: [], sections: [] },
    ...partial,
  }
}

/**
 * A whole RunResult. Totals default to what the findings, documents and errors
 * given add up to, so a test only states them when it means to; the result is
 * validated against `runResultSchema`, so this helper cannot drift from the contract.
 */
export function makeResult(partial: Partial<RunResult> = {}): RunResult {
  const findings = partial.findings ?? []
  const documents = partial.documents ?? []
  const errors = partial.errors ?? []
  const sure = findings.filter((f) => f.confidence === 'high')
  const errorCount = sure.filter((f) => f.severity === 'error').length
  return runResultSchema.parse({
    schemaVersion: 1,
    tool: { name: 'audit-reconcile', version: '0.0.0' },
    policy: 'strict',
    documents,
    findings,
    crossDocument: [],
    errors,
    totals: {
      errors: errorCount,
      warnings: sure.length - errorCount,
      files: documents.length,
      fileErrors: errors.length,
      uncertain: findings.length - sure.length,
    },
    ...partial,
  })
}

/** Text with everything an output medium must escape: `%`, `:`, `,`, `|`, `<&>"`, CR, LF, TAB and terminal control sequences. */
export const HOSTILE = 'a%25 b:c,d|e <x&y> "q"\nnext\r\nline\tcol \x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07link\x1b]8;;\x07 bell\x07'

/** A format context for tests: repository root /repo, no colour, fixed version, the rules given. */
export function makeContext(partial: Partial<FormatContext> = {}): FormatContext {
  return { cwd: '/repo', root: '/repo', color: false, rules: [], toolVersion: '0.0.0', ...partial }
}
