import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../../src/run/audit.js'
import { tempTree } from '../helpers/tmp.js'

// The development set: 15 status documents from 15 unrelated repositories (../shared beside the clone).
const CORPUS = new URL('../../../shared/corpus/docs/', import.meta.url).pathname
const docs = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : []

function tree(extra: Record<string, string> = {}): string {
  return tempTree({ ...Object.fromEntries(docs.map((f) => [f, readFileSync(join(CORPUS, f))])), ...extra })
}

describe.skipIf(docs.length === 0)('cross-doc-conflict between documents of unrelated repositories', () => {
  it('reports nothing: generic names ("High Priority", "Phase 2", "Files") never meet across documents', async () => {
    const result = await audit({ paths: ['.'], cwd: tree(), includeUncertain: true })
    expect(result.findings.filter((f) => f.ruleId === 'cross-doc-conflict').map((f) => `${f.path}:${f.line} ${f.message}`)).toEqual([])
    expect(result.crossDocument).toEqual([])
  })

  it('still compares a document with a newer copy of itself whose statuses changed, and only with it', async () => {
    const original = '12-squad-pm-comprehensive-audit.md'
    const cwd = tree({ 'newer-copy.md': readFileSync(join(CORPUS, original), 'utf8').replaceAll('✅', '❌') })
    utimesSync(join(cwd, 'newer-copy.md'), new Date('2030-01-01'), new Date('2030-01-01'))
    const result = await audit({ paths: ['.'], cwd })
    const cross = result.findings.filter((f) => f.ruleId === 'cross-doc-conflict')
    expect(cross.length).toBeGreaterThan(3)
    expect(new Set(cross.map((f) => `${f.path} → ${f.related.map((r) => r.path).join(', ')}`))).toEqual(new Set([`${original} → newer-copy.md`]))
    expect(cross.every((f) => f.confidence === 'high')).toBe(true)
  })
})
