/**
 * Every rule id; `directive` is reported by the engine about inline directives. A plain list,
 * so that code running on every file need not load zod (contract/result.ts builds its enum from it).
 */
export const RULE_IDS = [
  'status-conflict', 'section-conflict', 'marker-conflict', 'count-mismatch',
  'percent-mismatch', 'overall-claim', 'plan-conflict', 'placeholder',
  'date-conflict', 'encoding', 'evidence-missing', 'cross-doc-conflict',
  'status-regression', 'unbacked-progress', 'directive',
] as const

