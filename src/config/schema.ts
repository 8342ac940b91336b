import { z } from 'zod'
import { ruleIdSchema, type RuleId } from '../contract/result.js'
import { LANGUAGES } from '../model/languages.js'

/** A rule's configured severity; `off` disables it. */
export const severitySettingSchema = z.enum(['off', 'warning', 'error'])

const ruleObject = z.strictObject({ severity: severitySettingSchema.optional().describe('off, warning or error') })
const ruleSetting = z.union([severitySettingSchema, ruleObject])
const percentSetting = z.union([severitySettingSchema, ruleObject.extend({
  tolerance: z.number().min(0).max(100).optional()
    .describe('Percentage points a stated percentage may differ from the computed one (default 1; "~72%" widens it)'),
})])

type RulesShape = { [K in RuleId]: z.ZodOptional<K extends 'percent-mismatch' ? typeof percentSetting : typeof ruleSetting> }
const rulesShape = Object.fromEntries(ruleIdSchema.options.map((id) => [
  id, (id === 'percent-mismatch' ? percentSetting : ruleSetting).optional().describe(`Severity of ${id} ("off", "warning", "error"), or an object with "severity"${id === 'percent-mismatch' ? ' and "tolerance"' : ''}`),
])) as RulesShape

const languageSchema = z.enum(LANGUAGES)

const phrases = z.array(z.string().trim().min(1))

/**
 * The config file, and the only definition of it: types come from z.infer, the editor
 * JSON Schema (config.schema.json) from z.toJSONSchema. Unknown keys are errors.
 */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
  rules: z.strictObject(rulesShape).optional()
    .describe('Per rule: "off", "warning" or "error", or { "severity": …, plus the rule\'s options }'),
  statusWords: z.strictObject({
    done: phrases.optional(),
    partial: phrases.optional(),
    todo: phrases.optional(),
    blocked: phrases.optional(),
    na: phrases.optional(),
  }).optional().describe('Extra words or phrases that state a status, per status (e.g. { "done": ["landed", "merged"] })'),
  language: z.union([z.literal('auto'), languageSchema, z.array(languageSchema).min(1)]).optional()
    .describe('The language of the documents ("pt", or ["pt", "en"] for a mixed one, the first stemming item names); default "auto": told from each document'),
  aliases: z.record(z.string().trim().min(1), z.array(z.string().trim().min(1)))
    .optional().describe('Item names that mean the same item: { "Canonical name": ["other spelling", …] }'),
  policy: z.enum(['strict', 'latest', 'pessimistic', 'optimistic']).optional()
    .describe('How conflicting claims reconcile: strict (default) makes an item "disputed"'),
  ignore: z.array(z.string().min(1)).optional()
    .describe('Globs of files not to check, relative to the config file'),
  reportUnusedDirectives: z.boolean().optional()
    .describe('Report inline disable directives that suppress nothing'),
  includeUncertain: z.boolean().optional()
    .describe('Also report findings of medium confidence (marked "uncertain"); the exit code counts only high-confidence findings'),
}).describe('Configuration of audit-reconcile (.audit-reconcile.json / .yaml, audit-reconcile.config.json, or "audit-reconcile" in package.json)')

/** A validated config file. */
export type Config = z.infer<typeof configSchema>
/** A rule's entry in `rules`. */
export type RuleSetting = NonNullable<NonNullable<Config['rules']>[RuleId]>

/** The config's JSON Schema, for editors (draft-07, which every editor reads). */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { target: 'draft-7' }) as Record<string, unknown>
}

/** The keys the schema accepts for the object at `path` (through optionals and unions), for "did you mean". */
export function keysAt(path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = configSchema
  for (const key of [...path, undefined]) {
    while (node instanceof z.ZodOptional || node instanceof z.ZodUnion) {
      node = node instanceof z.ZodOptional ? (node.unwrap() as z.ZodType) : (node.options as z.ZodType[]).find((o) => o instanceof z.ZodObject)
    }
    if (!(node instanceof z.ZodObject)) return []
    if (key === undefined) return Object.keys(node.shape)
    node = (node.shape as Record<PropertyKey, z.ZodType>)[key]
  }
  return []
}
