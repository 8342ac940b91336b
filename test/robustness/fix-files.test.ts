// --fix and report writing against the file system as an attacker lays it out: links planted
// where a document or a report is, hard links, read-only files, folders it cannot write.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, linkSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers/fixtures.js'
import { reachableBin, runCli } from '../helpers/cli.js'
import { tempTree } from '../helpers/tmp.js'

const seed = readFileSync(join(FIXTURES, 'examples/remaining-items.md'))
const asRoot = process.getuid?.() === 0

describe('--fix leaves alone what it must not replace, and keeps what it replaces', () => {
  it('keeps the mode, and the owner and group (as root, a file of another user)', () => {
    const cwd = tempTree({ 'r.md': seed })
    chmodSync(join(cwd, 'r.md'), 0o604)
    if (asRoot) chownSync(join(cwd, 'r.md'), 65534, 65534)
    expect(runCli(['--fix', 'r.md'], { cwd }).stderr).toContain('r.md: fixed:')
    const after = statSync(join(cwd, 'r.md'))
    expect(after.mode & 0o777).toBe(0o604)
    if (asRoot) expect([after.uid, after.gid]).toEqual([65534, 65534])
    expect(readFileSync(join(cwd, 'r.md')).equals(seed)).toBe(false)
  })

  it.each([
    ['a symbolic link to a document', 'link.md', (cwd: string) => symlinkSync('r.md', join(cwd, 'link.md')), /link\.md: not fixed: it is a symbolic link/],
    ['one of two hard links', 'r.md', (cwd: string) => linkSync(join(cwd, 'r.md'), join(cwd, 'other.md')), /r\.md: not fixed: it is one of 2 hard links/],
    ['a read-only file', 'r.md', (cwd: string) => chmodSync(join(cwd, 'r.md'), 0o444), /r\.md: not fixed: it is read-only/],
    ['a file through a link to a folder outside', 'out/r.md', (cwd: string) => {
      const outside = tempTree({ 'r.md': seed })
      symlinkSync(outside, join(cwd, 'out'))
    }, /out\/r\.md: not fixed: it is reached through a symbolic link to a folder outside the working directory/],
  ])('leaves %s alone, with a message', (_what, target, make, message) => {
    const cwd = tempTree({ 'r.md': seed })
    make(cwd)
    const r = runCli(['--fix', target], { cwd })
    expect(r.stderr).toMatch(message)
    expect(readFileSync(join(cwd, target)).equals(seed)).toBe(true)
    expect(readFileSync(join(cwd, 'r.md')).equals(seed)).toBe(true)
    if (target === 'link.md') expect(lstatSync(join(cwd, 'link.md')).isSymbolicLink()).toBe(true)
  })

  it('a write that fails is exit code 2, and the file is untouched', () => {
    // A folder the run cannot write to: as root, the run drops to nobody (root may write anywhere).
    const cwd = tempTree({ 'docs/r.md': seed })
    chmodSync(join(cwd, 'docs/r.md'), 0o666)
    chmodSync(join(cwd, 'docs'), 0o555)
    chmodSync(cwd, 0o755)
    const run = spawnSync(process.execPath, [asRoot ? reachableBin() : join(import.meta.dirname, '../../bin/audit-reconcile.js'), '--fix', 'docs/r.md'], {
      cwd, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}), env: { PATH: process.env.PATH ?? '', HOME: cwd },
    })
    expect(run.stderr).toMatch(/docs\/r\.md: not fixed: cannot write it \(EACCES\)/)
    expect(run.status).toBe(2)
    expect(readFileSync(join(cwd, 'docs/r.md')).equals(seed)).toBe(true)
  })
})

describe('--fix runs at once', () => {
  it('four runs fixing one file leave it repaired once, whole, as one run leaves it', async () => {
    const cwd = tempTree({ 'r.md': seed, 'once.md': seed })
    runCli(['--fix', 'once.md'], { cwd })
    const runs = Array.from({ length: 4 }, () => new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [join(import.meta.dirname, '../../bin/audit-reconcile.js'), '--fix', 'r.md'], { cwd, stdio: 'ignore' })
      child.on('close', done)
    }))
    const codes = await Promise.all(runs)
    // Each run either fixed the file or found it changed under it (and left it): none broke it.
    expect(codes.filter((code) => code !== 0 && code !== 1)).toEqual([])
    expect(readFileSync(join(cwd, 'r.md')).equals(readFileSync(join(cwd, 'once.md')))).toBe(true)
  })
})

describe('reports and baselines are never written through a symbolic link', () => {
  it.each([
    ['a report', (file: string) => ['--format', `json:${file}`, 'r.md']],
    ['a baseline', (file: string) => ['--write-baseline', file, 'r.md']],
  ])('%s: a link planted where it goes is refused, its target untouched', (_what, args) => {
    const cwd = tempTree({ 'r.md': seed, 'victim/authorized_keys': 'ssh-ed25519 AAAA mine\n' })
    symlinkSync('victim/authorized_keys', join(cwd, 'out.json'))
    const r = runCli(args('out.json'), { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/out\.json: cannot write the .*: it is a symbolic link/)
    expect(readFileSync(join(cwd, 'victim/authorized_keys'), 'utf8')).toBe('ssh-ed25519 AAAA mine\n')
    expect(readlinkSync(join(cwd, 'out.json'))).toBe('victim/authorized_keys')
  })

  it('replaces a report file whole (a hard link to it keeps the old one), and still writes to /dev/null', () => {
    const cwd = tempTree({ 'r.md': seed, 'report.json': 'old\n' })
    linkSync(join(cwd, 'report.json'), join(cwd, 'kept.json'))
    expect(runCli(['--format', 'json:report.json', 'r.md'], { cwd }).code).toBe(1)
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))).toMatchObject({ schemaVersion: expect.any(Number) })
    expect(readFileSync(join(cwd, 'kept.json'), 'utf8')).toBe('old\n')
    expect(runCli(['--format', 'json:/dev/null', 'r.md'], { cwd }).code).toBe(1)
  })
})
