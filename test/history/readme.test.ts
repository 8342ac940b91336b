import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/cli.js'
import { historyRepo } from '../helpers/history-repo.js'
import { STEPS } from './scenario.js'

describe('README: What changed since a revision', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## What changed since a revision'))
  const cwd = historyRepo(STEPS)
  // Commit ids depend on the committer's git config (signing); the README shows those of a plain setup.
  const sameIds = (text: string) => text.replace(/\(([0-9a-f]{12})\)/g, '(<commit>)')

  it('shows the real output of its commands, as written', () => {
    const block = /<!-- recipe: since -->\n```console\n([\s\S]*?)```/.exec(section)![1]!
    const runs = block.split(/^\$ npx audit-reconcile /m).slice(1)
    expect(runs).toHaveLength(2)
    for (const run of runs) {
      const [command, ...output] = run.split('\n')
      expect(sameIds(runCli(command!.split(' '), { cwd }).stdout)).toBe(sameIds(output.join('\n')))
    }
  })

  it('shows the markdown section as the markdown report prints it', () => {
    const excerpt = /```markdown\n([\s\S]*?)```/.exec(section)![1]!
    expect(sameIds(runCli(['--format', 'markdown', '--since', 'HEAD~2', 'docs/STATUS.md'], { cwd }).stdout)).toContain(sameIds(excerpt))
  })
})
