import { z } from 'zod'
import { ruleIdSchema } from './result.js'

/**
 * A baseline file: the findings a repository already had when it adopted the tool, keyed by
 * path (relative to the baseline file), rule, items and message without line numbers, with a
 * count for findings that share a key. Readable on purpose: reviewers see what was accepted.
 */
export const baselineSchema = z.strictObject({
  version: z.literal(1),
  findings: z.array(z.strictObject({
    path: z.string(),
    ruleId: ruleIdSchema,
    items: z.array(z.string()),
    message: z.string(),
    count: z.number().int().positive(),
  })),
})

/** A parsed baseline file. */
export type Baseline = z.infer<typeof baselineSchema>
