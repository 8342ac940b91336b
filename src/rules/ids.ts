/**
 * Every rule id; `directive` is reported by the engine about inline directives. A plain list,
 * so that code running on every file need not load zod (report/json-schema.ts builds its enum from it).
 */
export const RULE_IDS = [
  'status-conflict', 'section-conflict', 'marker-conflict', 'count-mismatch',
  'percent-mismatch', 'overall-claim', 'plan-conflict', 'placeholder',
  'date-conflict', 'encoding', 'evidence-missing', 'cross-doc-conflict',
  'status-regression', 'unbacked-progress', 'directive',
] as const

/**
 * Rules whose findings are made across documents or versions (cross-doc-conflict over a run,
 * the --since rules over two versions): a document's own check never sees them, so a directive
 * naming one is never reported as unused there.
 */
export const ACROSS_DOCUMENT_RULE_IDS: readonly string[] = ['cross-doc-conflict', 'status-regression', 'unbacked-progress']
