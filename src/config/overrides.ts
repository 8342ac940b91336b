import { UsageError } from '../contract/errors.js'
import { describeIssues } from './issues.js'
import { configSchema, keysAt, type Config } from './schema.js'

/**
 * Validates settings given as flags (`--rule`, `--policy`) with the config schema; problems are
 * usage errors. Its own module so that a run without such flags never loads zod.
 */
export function validateOverrides(overrides: Record<string, unknown>): Config {
  const parsed = configSchema.safeParse(overrides)
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error.issues, overrides, '--rule', keysAt).join('\n'))
  return parsed.data
}

