import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { historyRepo, write } from '../helpers/history-repo.js'
import { git, tempTree } from '../helpers/tmp.js'

const CONFLICT = '# Status\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'
const CLEAN = '# Notes\n\n- [x] Exports\n'

/** A repository with a clean committed document, a staged contradiction and an unstaged one. */
function repo(): string {
  const dir = historyRepo([{ 'README.md': CLEAN, 'docs/notes.md': CLEAN }])
  write(dir, { 'docs/status.md': CONFLICT, 'docs/draft.md': CONFLICT, 'src/code.ts': 'export {}\n' })
  git(dir, 'add', 'docs/status.md', 'src/code.ts')
  mkdirSync(join(dir, 'docs/sub'), { recursive: true })
  return dir
}

describe('--staged and --changed-since with no paths', () => {
  const cwd = repo()

  it('--staged checks every staged markdown document of the repository, and only those', () => {
    const run = runCli(['--staged', '--format', 'compact'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('docs/status.md:7:1: error Unexpected status `todo` for `Login`, line 3 says `done` (see line 3) [status-conflict]\n')
    expect(run.stderr).toBe('')
  })

  it('the same from a subdirectory (paths outside it shown in full), and with --pass-on-no-files', () => {
    const run = runCli(['--staged', '--pass-on-no-files', '--format', 'compact'], { cwd: join(cwd, 'docs/sub') })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(`${join(cwd, 'docs/status.md')}:7:1: error Unexpected status \`todo\` for \`Login\`, line 3 says \`done\` (see line 3) [status-conflict]\n`)
  })

  it('--changed-since HEAD: the staged, unstaged and untracked documents', () => {
    const run = runCli(['--changed-since', 'HEAD', '--format', 'compact'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0])).toEqual(['docs/draft.md', 'docs/status.md'])
  })

  it('passes when nothing markdown is staged, also in a repository without markdown', () => {
    const clean = historyRepo([{ 'README.md': CLEAN }])
    expect(runCli(['--staged'], { cwd: clean })).toEqual({ code: 0, stdout: '✔ No problems in 0 files\n', stderr: '' })
    const noMarkdown = historyRepo([{ 'code.ts': 'export {}\n' }])
    expect(runCli(['--staged'], { cwd: noMarkdown })).toEqual({ code: 0, stdout: '✔ No problems in 0 files\n', stderr: '' })
  })

  it('outside a git repository says so, exit 2', () => {
    const run = runCli(['--staged'], { cwd: tempTree({ 'a.md': CLEAN }) })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^audit-reconcile: --staged with no paths checks the git repository around the working directory, and .* is not in one\n$/)
  })
})
