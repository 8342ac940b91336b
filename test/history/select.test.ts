import { describe, expect, it } from 'vitest'
import { audit } from '../helpers/api.js'
import { runCli } from '../helpers/cli.js'
import { historyRepo, write } from '../helpers/history-repo.js'
import { git, tempTree } from '../helpers/tmp.js'

// old-audit.md is older and never changes: it says Login is missing and has a placeholder of its own.
const OLD_AUDIT = '# Audit\n\n**Date:** 2024-01-01\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n| Search | ✅ Done |\n\nOwner: [Project Name]\n'
const STATUS = (login: string) => `# Status\n\n**Date:** 2024-02-01\n\n| Item | Status |\n|---|---|\n| Login | ${login} |\n`

/** Committed: status.md changed in the last commit. Not committed: other.md staged, new.md untracked, old-audit.md untouched. */
function repo(): string {
  const dir = historyRepo([
    { 'docs/old-audit.md': OLD_AUDIT, 'docs/status.md': STATUS('❌ Missing'), 'docs/other.md': '# Other\n\n- [ ] Exports\n' },
    { 'docs/status.md': STATUS('✅ Done') },
  ])
  write(dir, { 'docs/other.md': '# Other\n\n- [x] Exports\n', 'docs/new.md': '# New\n\n- [ ] Imports\n' })
  git(dir, 'add', 'docs/other.md')
  return dir
}

const where = (r: Awaited<ReturnType<typeof audit>>) => r.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)

describe('--changed-since and --staged', () => {
  const cwd = repo()

  it('checks every document without either', async () => {
    const result = await audit({ paths: ['docs'], cwd })
    expect(result.documents.map((d) => d.path)).toEqual(['docs/new.md', 'docs/old-audit.md', 'docs/other.md', 'docs/status.md'])
    expect(where(result)).toEqual(['docs/old-audit.md:7 cross-doc-conflict', 'docs/old-audit.md:10 placeholder'])
  })

  it('--changed-since REV: committed, staged, unstaged and untracked changes; an unchanged document still takes part across documents', async () => {
    const result = await audit({ paths: ['docs'], cwd, changedSince: 'HEAD~1' })
    expect(result.documents.map((d) => d.path)).toEqual(['docs/new.md', 'docs/other.md', 'docs/status.md'])
    // The conflict sits in the unchanged, older document and names the changed one: it is kept. Its placeholder is not.
    expect(where(result)).toEqual(['docs/old-audit.md:7 cross-doc-conflict'])
    expect(result.findings[0]!.related.map((r) => `${r.path}:${r.line}`)).toEqual(['docs/status.md:7'])
    expect(result.totals.files).toBe(3)
  })

  it('--changed-since HEAD: only what the working tree changed', async () => {
    const result = await audit({ paths: ['docs'], cwd, changedSince: 'HEAD' })
    expect(result.documents.map((d) => d.path)).toEqual(['docs/new.md', 'docs/other.md'])
    expect(where(result)).toEqual([])
  })

  it('--staged: only the staged documents', async () => {
    const result = await audit({ paths: ['docs'], cwd, staged: true })
    expect(result.documents.map((d) => d.path)).toEqual(['docs/other.md'])
    expect(result.crossDocument.map((c) => c.name)).toEqual(['Login'])
  })

  it('selects among the paths given, from the command line too', () => {
    const r = runCli(['--staged', '--format', 'json', 'docs/other.md', 'docs/status.md'], { cwd })
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { documents: { path: string }[] }).documents.map((d) => d.path)).toEqual(['docs/other.md'])
  })

  it('exits 2 with one line for both at once, outside a repository, and for an unknown revision', () => {
    expect(runCli(['--staged', '--changed-since', 'HEAD', 'docs'], { cwd }).stderr).toBe('audit-reconcile: --changed-since and --staged choose files two different ways; give one of them\n')
    const plain = tempTree({ 'a.md': '# A\n' })
    const outside = runCli(['--staged', 'a.md'], { cwd: plain })
    expect([outside.code, outside.stderr]).toEqual([2, 'audit-reconcile: --staged needs a git repository, and a.md is not in one\n'])
    const unknown = runCli(['--changed-since', 'v9.9', 'docs'], { cwd })
    expect([unknown.code, unknown.stderr]).toEqual([2, `audit-reconcile: --changed-since: unknown revision "v9.9" in the git repository at ${cwd}\n`])
  })
})
