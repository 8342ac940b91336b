// File names are input too: a CR or LF in one must not start a line of output, where the GitHub
// runner would read a workflow command (`::add-mask::`, `::stop-commands::`), nor a terminal
// escape reach the terminal. Every format and every stderr line, through the built CLI.
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers/fixtures.js'
import { runCli } from '../helpers/cli.js'

const DOC = '# Status\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'
const EVIL = ['a\n::add-mask::secret\n.md', 'b\r::stop-commands::tok\r.md', 'c\u001b]0;title\u0007\u001b[2J.md']
const FORMATS = ['pretty', 'compact', 'github', 'markdown', 'junit', 'checkstyle', 'json', 'sarif', 'gitlab']

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-names-'))
  for (const name of EVIL) writeFileSync(join(dir, name), DOC)
  writeFileSync(join(dir, 'd\n::error::unreadable\n.md'), DOC)
  if (process.getuid?.() !== 0) chmodSync(join(dir, 'd\n::error::unreadable\n.md'), 0o000)
  return dir
}

/** Lines of output that a runner would take for a workflow command, or that hold a control character. */
function unsafeLines(text: string, format: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => (format !== 'github' && /^\s*::/.test(line)) || /[\x00-\x08\x0b-\x1f\x7f]/.test(line))
}

describe('control characters in file names', () => {
  const dir = tree()
  it.each(FORMATS)('%s: no line of stdout or stderr starts a workflow command or holds a control character', (format) => {
    const r = runCli(['--format', format, '--', '.', 'missing\n::warning::x.md'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(unsafeLines(r.stdout, format)).toEqual([])
    expect(unsafeLines(r.stderr, format)).toEqual([])
    if (format === 'github') {
      // The annotations themselves: one command per line, each file property escaped.
      for (const line of r.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) file=[^\n\r]*::/)
    }
  })

  it('--fix messages on stderr name the file on one line', () => {
    const name = 'e\n::add-mask::fix\n.md'
    copyFileSync(join(FIXTURES, 'examples/remaining-items.md'), join(dir, name))
    const r = runCli(['--fix', '--', name], { cwd: dir })
    expect(r.stderr).toMatch(/^audit-reconcile: e ::add-mask::fix \.md: fixed: /m)
    expect(unsafeLines(r.stderr, 'pretty')).toEqual([])
  })
})
