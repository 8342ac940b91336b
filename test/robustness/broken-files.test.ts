import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readSource } from '../../src/io/read-source.js'
import { runResultSchema, type RunResult } from '../../src/contract/result.js'
import { reachableBin, ROOT, runCli } from '../helpers/cli.js'

// Every kind of broken input in one directory, run through the built CLI. Each broken file must
// get one message naming it, exit code 2, and the good files beside it must still be checked.
const CONFLICT = '# Status\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'
let dir = ''

const json = (args: string[], env?: Record<string, string>) => {
  const r = runCli(['--format', 'json', ...args], { cwd: dir, ...(env ? { env } : {}) })
  return { ...r, result: runResultSchema.parse(JSON.parse(r.stdout)) as RunResult }
}
const errorFor = (result: RunResult, path: string) => result.errors.find((e) => e.path === path)?.message
const findingLines = (result: RunResult, path: string) => result.findings.filter((f) => f.path === path && f.ruleId === 'status-conflict').map((f) => [f.line, f.related.map((r) => r.line)])

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-broken-'))
  chmodSync(dir, 0o755)
  const bytes = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data)
  bytes('good.md', CONFLICT)
  bytes('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))
  bytes('invalid-utf8.md', Buffer.concat([Buffer.from('# T\n\n### Login ✅\n\nbroken '), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(' bytes\n')]))
  bytes('utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONFLICT, 'utf16le')]))
  bytes('utf16be.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONFLICT, 'utf16le')]).swap16())
  bytes('crlf.md', CONFLICT.replace(/\n/g, '\r\n'))
  bytes('cr.md', CONFLICT.replace(/\n/g, '\r'))
  bytes('no-newline.md', CONFLICT.trimEnd())
  bytes('empty.md', '')
  bytes('my status – ÉTAT ✅.md', CONFLICT)
  mkdirSync(join(dir, 'walk'))
  bytes('walk/inside.md', CONFLICT)
  symlinkSync('.', join(dir, 'walk/self'))
  symlinkSync('loop-b.md', join(dir, 'walk/loop-a.md'))
  symlinkSync('loop-a.md', join(dir, 'walk/loop-b.md'))
  spawnSync('mkfifo', [join(dir, 'fifo.md')])
  bytes('unreadable.md', CONFLICT)
  chmodSync(join(dir, 'unreadable.md'), 0o000)
  bytes('big.md', `# Big\n\n${'x'.repeat(4000)}\n`)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('broken files: one message each, exit 2, the other files still checked', () => {
  it('binary, invalid UTF-8, UTF-16, CRLF, CR, no final newline, empty, a missing path, a FIFO', () => {
    const files = ['good.md', 'binary.md', 'invalid-utf8.md', 'utf16le.md', 'utf16be.md', 'crlf.md', 'cr.md', 'no-newline.md', 'empty.md', 'missing.md', 'fifo.md']
    const r = json(files)
    expect(r.code).toBe(2)
    expect(r.result.errors.map((e) => e.path).sort()).toEqual(['binary.md', 'fifo.md', 'missing.md'])
    expect(errorFor(r.result, 'binary.md')).toBe('Binary file (NUL bytes), skipped')
    expect(errorFor(r.result, 'missing.md')).toBe('No such file or directory')
    expect(errorFor(r.result, 'fifo.md')).toBe('Not a regular file (a FIFO), skipped')
    // The same conflict at the same lines whatever the encoding or line ending.
    for (const name of ['good.md', 'utf16le.md', 'utf16be.md', 'crlf.md', 'cr.md', 'no-newline.md']) {
      expect(findingLines(r.result, name), name).toEqual([[7, [3]]])
    }
    expect(r.result.documents.find((d) => d.path === 'utf16be.md')?.encoding).toBe('utf-16be')
    // Broken bytes: decoded with U+FFFD, and a warning at their line.
    const lost = r.result.findings.filter((f) => f.path === 'invalid-utf8.md')
    expect(lost.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['encoding', 'warning', 5]])
    expect(r.result.documents.map((d) => d.path)).toContain('empty.md')
    // The human report names each broken file and still shows the others' findings.
    const pretty = runCli(files, { cwd: dir })
    expect(pretty.code).toBe(2)
    expect(pretty.stdout).toMatch(/^error binary\.md: Binary file \(NUL bytes\), skipped$/m)
    expect(pretty.stdout).toMatch(/^error fifo\.md: Not a regular file \(a FIFO\), skipped$/m)
    expect(pretty.stdout).toContain('3 input errors')
    expect(pretty.stderr).toBe('')
  })

  it('each kind alone beside a good file: exit 2, one message, the good file checked', () => {
    for (const name of ['binary.md', 'fifo.md', 'missing.md', 'walk']) {
      const r = json([name, 'good.md'])
      expect(r.code, name).toBe(name === 'walk' ? 1 : 2)
      expect(r.result.errors.map((e) => e.path), name).toEqual(name === 'walk' ? [] : [name])
      expect(findingLines(r.result, 'good.md'), name).toEqual([[7, [3]]])
    }
  })

  it('a file without read permission', () => {
    // As root every file is readable, so the run drops to nobody (uid 65534): a real EACCES. Nobody
    // may not be able to enter the folders above the clone (a `mktemp -d` folder is 0700), so it runs
    // a copy of the built CLI (bin/, the bundle and its runtime dependencies) from a folder it can reach.
    const asNobody = process.getuid?.() === 0
    const bin = asNobody ? reachableBin() : join(ROOT, 'bin/audit-reconcile.js')
    const r = spawnSync(process.execPath, [bin, '--format', 'json', 'unreadable.md', 'good.md'], {
      cwd: dir, encoding: 'utf8', ...(asNobody ? { uid: 65534, gid: 65534 } : {}), env: { PATH: process.env.PATH ?? '' },
    })
    expect(r.status).toBe(2)
    const result = runResultSchema.parse(JSON.parse(r.stdout))
    expect(result.errors).toEqual([{ path: 'unreadable.md', message: 'Permission denied' }])
    expect(findingLines(result, 'good.md')).toEqual([[7, [3]]])
  })

  it('a symlink loop in a directory walk, and a looping link named directly', () => {
    const walked = json(['walk'])
    expect(walked.result.documents.map((d) => d.path)).toEqual(['walk/inside.md'])
    expect(findingLines(walked.result, 'walk/inside.md')).toEqual([[7, [3]]])
    const named = json(['walk/loop-a.md', 'good.md'])
    expect(named.code).toBe(2)
    expect(named.result.errors).toEqual([{ path: 'walk/loop-a.md', message: 'Too many symbolic links (a link loop?)' }])
    expect(findingLines(named.result, 'good.md')).toEqual([[7, [3]]])
  })

  it('a link to nothing, a path through a file, and a --root that names no directory, each said as it is', () => {
    symlinkSync('no-such-target.md', join(dir, 'dangling.md'))
    const long = `${'a'.repeat(4000)}.md`
    const r = json(['dangling.md', 'good.md/x.md', long, 'good.md'])
    expect(r.result.errors).toEqual([
      { path: 'dangling.md', message: 'A symbolic link to a file or directory that does not exist' },
      { path: 'good.md/x.md', message: 'No such file or directory (a part of the path is a file)' },
      { path: long, message: 'File name too long' },
    ])
    expect(runCli(['--root', 'no-such-dir', 'good.md'], { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/--root no-such-dir: no such directory/) })
    expect(runCli(['--root', 'good.md', 'good.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/--root good\.md: not a directory/) })
    expect(runCli(['--root', 'walk/self/self/self', 'good.md'], { cwd: dir }).code).toBe(1)
  })

  it('a name with spaces and non-ASCII characters, as a path and through a walk', () => {
    const name = 'my status – ÉTAT ✅.md'
    const r = json([name])
    expect(r.code).toBe(1)
    expect(findingLines(r.result, name)).toEqual([[7, [3]]])
    expect(runCli([name], { cwd: dir }).stdout.split('\n')[0]).toBe(name)
    expect(json(['.']).result.documents.map((d) => d.path)).toContain(name)
  })

  it('--max-file-size skips a larger file with a message naming it', () => {
    const r = json(['--max-file-size', '2KB', 'big.md', 'good.md'])
    expect(r.code).toBe(2)
    expect(errorFor(r.result, 'big.md')).toBe('File is 4 KB, over the --max-file-size limit of 2 KB, skipped')
    expect(findingLines(r.result, 'good.md')).toEqual([[7, [3]]])
    expect(json(['big.md']).code).toBe(0)
    const bad = runCli(['--max-file-size', 'lots', 'good.md'], { cwd: dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("option '--max-file-size <size>' argument 'lots' is invalid")
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })

  it('readSource reports a directory named as a file', async () => {
    expect(await readSource('walk', dir)).toEqual({ path: 'walk', error: 'Is a directory, not a file' })
  })
})
