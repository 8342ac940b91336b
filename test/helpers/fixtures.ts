import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyseBytes } from '../../src/engine/analyse.js'
import { runRules } from '../../src/engine/run-rules.js'
import type { Document } from '../../src/model/types.js'
import { rules } from '../../src/rules/index.js'
import type { Finding, RuleId } from '../../src/contract/result.js'

/** Root of the fixtures folder. */
export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname

/** What a fixture case expects of one finding; written by hand from the input's line numbers. */
export interface ExpectedFinding {
  messageId: string
  line: number
  endLine?: number
  related?: number[]
  items?: string[]
  severity?: 'error' | 'warning'
  confidence?: 'high' | 'medium'
}

/** One fixture case: its folder name, input bytes and optional config. */
export interface Case {
  name: string
  dir: string
  input: Buffer
  expected?: ExpectedFinding[]
  config?: Record<string, unknown>
}

/** Every case folder under fixtures/<area>/<name>/, sorted. */
export function listCases(area: string): Case[] {
  const root = join(FIXTURES, area)
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(root, name)
      const json = (file: string) => (existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : undefined)
      return { name, dir, input: readFileSync(join(dir, 'input.md')), expected: json('expected.json'), config: json('config.json') }
    })
}

/** The document model of a fixture's input. */
export function modelOf(input: Buffer | string, path = 'input.md'): Document {
  const result = analyseBytes(typeof input === 'string' ? Buffer.from(input) : input, path)
  if (!result) throw new Error('binary input')
  return result.document
}

/** Findings of one rule on an input, through the real runner (ids, severities, messages). */
export function findingsOf(ruleId: RuleId, input: Buffer | string): Finding[] {
  const rule = rules.find((r) => r.meta.id === ruleId)
  if (!rule) throw new Error(`no rule ${ruleId}`)
  return runRules(modelOf(input), [rule], { percentTolerance: 1 })
}

/** The comparable shape of a finding, with only the fields a case states. */
export function shape(f: Finding, want: ExpectedFinding): ExpectedFinding {
  const out: ExpectedFinding = { messageId: f.messageId, line: f.line }
  if (want.endLine !== undefined) out.endLine = f.endLine
  if (want.related !== undefined) out.related = f.related.map((r) => r.line)
  if (want.items !== undefined) out.items = f.items
  if (want.severity !== undefined) out.severity = f.severity
  if (want.confidence !== undefined) out.confidence = f.confidence
  return out
}
