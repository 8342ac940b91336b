import { utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runResultSchema } from '../../src/contract/result.js'
import { runCli, sandbox } from '../helpers/cli.js'

const table = (status: string) => `| Item | Status |\n|---|---|\n| Login Page | ${status} |\n`

describe('front-matter dates, in the built CLI', () => {
  it('date the documents, so that a cross-document finding lands in the older one', () => {
    // By modification time new.md is the older one; by its front matter it is the newer.
    const cwd = sandbox({
      'plans/new.md': `---\ntitle: New\ndate: 2025-06-01\n---\n# New\n\n${table('✅ Done')}`,
      'plans/old.md': `---\ndate: 2024-01-15\n---\n# Old\n\n${table('❌ Missing')}`,
    })
    utimesSync(join(cwd, 'plans/new.md'), new Date('2020-01-01'), new Date('2020-01-01'))
    const run = runCli(['--format', 'json', 'plans'], { cwd })
    const result = runResultSchema.parse(JSON.parse(run.stdout))
    expect(Object.fromEntries(result.documents.map((d) => [d.path, d.date]))).toEqual({
      'plans/new.md': { value: '2025-06-01', source: 'front-matter', line: 1 },
      'plans/old.md': { value: '2024-01-15', source: 'front-matter', line: 1 },
    })
    const cross = result.findings.filter((f) => f.ruleId === 'cross-doc-conflict')
    expect(cross.map((f) => [f.path, f.related.map((r) => r.path)])).toEqual([['plans/old.md', ['plans/new.md']]])
  })

  it('front matter that is not YAML, or an alias bomb, dates the document another way, without an error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'date: 2025-01-01']
    const cwd = sandbox({
      'plans/broken.md': `---\ndate: [2025-01-01\n---\n# Broken\n\n${table('✅ Done')}`,
      'plans/bomb.md': `---\n${bomb.join('\n')}\n---\n# Bomb\n\n${table('❌ Missing')}`,
    })
    const run = runCli(['--format', 'json', 'plans'], { cwd })
    expect(run.stderr).toBe('')
    const result = runResultSchema.parse(JSON.parse(run.stdout))
    expect(result.documents.map((d) => d.date?.source)).toEqual(['mtime', 'mtime'])
    expect(result.errors).toEqual([])
  })
})
