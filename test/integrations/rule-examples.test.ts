import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { audit } from '../helpers/api.js'
import { git } from '../helpers/tmp.js'
import { ruleCatalog } from '../../src/rules/catalog.js'
import { ruleExamples } from '../../src/rules/examples.js'

/** A git repository whose one commit holds STATUS.md as it was. */
function commitFirst(dir: string, markdown: string): void {
  writeFileSync(join(dir, 'STATUS.md'), markdown)
  git(dir, 'init', '-q')
  git(dir, 'add', 'STATUS.md')
  git(dir, 'commit', '-q', '-m', 'before')
}

// explain_rule shows these; each must report what it says it reports, through the whole pipeline.
describe('rule examples', () => {
  for (const meta of ruleCatalog) {
    it(`${meta.id}: the example reports what it says`, async () => {
      const example = ruleExamples[meta.id]
      const dir = mkdtempSync(join(tmpdir(), 'ar-example-'))
      if (example.before === undefined) mkdirSync(join(dir, '.git'))
      else commitFirst(dir, example.before)
      writeFileSync(join(dir, 'STATUS.md'), example.markdown)
      if (example.also) writeFileSync(join(dir, example.also.path), example.also.markdown)
      if (meta.id === 'evidence-missing') { mkdirSync(join(dir, 'src')); writeFileSync(join(dir, 'src/app.ts'), '') }
      const result = await audit({ paths: ['STATUS.md', ...(example.also ? [example.also.path] : [])], cwd: dir, ...(example.before !== undefined ? { since: 'HEAD' } : {}) })
      const reported = result.findings.filter((f) => f.ruleId === meta.id && f.path === 'STATUS.md').map((f) => `${f.line}:${f.column} ${f.severity} ${f.message}`)
      expect(reported).toContain(example.reports)
    })
  }
})
