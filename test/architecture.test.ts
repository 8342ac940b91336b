import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const project = resolve(import.meta.dirname, '..')
const cruiser = join(project, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const config = join(project, '.dependency-cruiser.cjs')

interface Violation { rule: { name: string }; from: string; to: string }

/** The violations dependency-cruiser reports for `src/` under `cwd`, with the project's floors. */
function violations(cwd: string): Violation[] {
  let out: string
  try {
    out = execFileSync(process.execPath, [cruiser, 'src', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    out = (error as { stdout: string }).stdout
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations
}

describe('floors of src/ (ARCHITECTURE.md)', () => {
  it('no import goes against the floors and none goes in a circle', () => {
    expect(violations(project).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([])
  })

  it('reports an import from a lower floor to a higher one, naming both files', () => {
    expect(violations(join(project, 'fixtures/architecture/back-up-import')).map((v) => [v.rule.name, v.from, v.to]))
      .toEqual([['floor-model', 'src/model/document.ts', 'src/engine/run.ts']])
  })

  it('reports a cycle', () => {
    expect(violations(join(project, 'fixtures/architecture/cycle')).map((v) => v.rule.name)).toContain('no-circular')
  })

  it('keeps every source file under 250 lines', () => {
    const long: string[] = []
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (entry.name.endsWith('.ts') && readFileSync(path, 'utf8').split('\n').length > 251) long.push(path.slice(project.length + 1))
      }
    }
    walk(join(project, 'src'))
    walk(join(project, 'test'))
    expect(long).toEqual([])
  })
})
