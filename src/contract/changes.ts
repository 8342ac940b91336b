import { z } from 'zod'

const line = z.number().int().positive()
const status = z.enum(['done', 'partial', 'todo', 'blocked', 'na', 'unknown', 'disputed'])

/** An item as one version has it: its reconciled status and the claim that shows it. */
export const itemVersionSchema = z.object({
  status,
  percent: z.number().optional(),
  line,
  /** The text that carried the status in that claim. */
  raw: z.string(),
})

/** An item present in both versions whose status or wording changed. */
export const itemChangeSchema = z.object({
  name: z.string(),
  /** The item's name in the earlier version, when it was written differently. */
  previousName: z.string().optional(),
  /** The parent item's name, for a sub-item (a checklist entry under an item heading). */
  parent: z.string().optional(),
  before: itemVersionSchema,
  after: itemVersionSchema,
})

/** An item only one version has: `line` is in that version. */
export const itemOnlySchema = z.object({
  name: z.string(),
  parent: z.string().optional(),
  ...itemVersionSchema.shape,
})

/** A stated number whose value, or whose counted items, changed. */
export const numberChangeSchema = z.object({
  subject: z.string(),
  kind: z.enum(['count', 'percent', 'gap']),
  status: status.exclude(['disputed']).optional(),
  before: z.object({ value: z.number(), line }),
  after: z.object({ value: z.number(), line }),
  /** 'number-only': it moved while the items it counts did not; 'items-only': they moved and it did not. */
  change: z.enum(['number-only', 'items-only', 'both']),
  /** Names of the changed items it counts. */
  items: z.array(z.string()),
})

/** One document's changes since the revision. */
export const documentChangesSchema = z.object({
  path: z.string(),
  /** The document's path at the revision, when git found it renamed since. */
  previousPath: z.string().optional(),
  /** added: not in the revision; renamed: found under previousPath; modified / unchanged: its bytes. */
  state: z.enum(['added', 'renamed', 'modified', 'unchanged']),
  /** Towards done: todo → partial → done, or a higher percentage. */
  progress: z.array(itemChangeSchema),
  /** Away from done. */
  regression: z.array(itemChangeSchema),
  /** Status changed, neither towards nor away from done (todo ↔ blocked, to or from na, unknown, disputed). */
  other: z.array(itemChangeSchema),
  /** Same status, different words. */
  reworded: z.array(itemChangeSchema),
  added: z.array(itemOnlySchema),
  removed: z.array(itemOnlySchema),
  numbers: z.array(numberChangeSchema),
  verdicts: z.object({
    added: z.array(z.object({ text: z.string(), line })),
    removed: z.array(z.object({ text: z.string(), line })),
  }),
})

/** What changed in the run's documents since a git revision (`--since`). */
export const changesSchema = z.object({
  /** The revision as given. */
  since: z.string(),
  /** The commit it named. */
  commit: z.string(),
  documents: z.array(documentChangesSchema),
})

export type Changes = z.infer<typeof changesSchema>
export type DocumentChanges = z.infer<typeof documentChangesSchema>
export type ItemChange = z.infer<typeof itemChangeSchema>
export type ItemOnly = z.infer<typeof itemOnlySchema>
export type NumberChange = z.infer<typeof numberChangeSchema>
