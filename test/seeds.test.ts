import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from './helpers/cli.js'

// The product's acceptance check: ../shared/seeds/score.mjs scores the JSON report against
// EXPECTED.md. The expectations live there, not here.
const SEEDS = join(ROOT, '../shared/seeds')

describe.runIf(existsSync(SEEDS))('seed documents', () => {
  it('every must finding, no false positive', () => {
    const r = runCli(['--format', 'json', join(SEEDS, 'remaining-items.md'), join(SEEDS, 'codebase-review.md')])
    expect(r.code).toBe(1)
    const out = join(mkdtempSync(join(tmpdir(), 'ar-seeds-')), 'out.json')
    writeFileSync(out, r.stdout)
    const score = spawnSync(process.execPath, [join(SEEDS, 'score.mjs'), out, join(SEEDS, 'expected.json')], {
      encoding: 'utf8',
    })
    expect(score.stdout).toMatch(/must 12\/12, should 7\/7, false positives 0/)
    expect(score.status, score.stdout).toBe(0)
  })
})
