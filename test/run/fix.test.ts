import { readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../../src/fix/apply-fixes.js'
import { audit } from '../helpers/api.js'
import { runCli } from '../helpers/cli.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { tempTree } from '../helpers/tmp.js'

const seed = readFileSync(join(FIXTURES, 'examples/remaining-items.md'))
const ascii = (b: Buffer) => b.toString('utf8').replace(/[^\x00-\x7f]/g, '')
const lines = (b: Buffer) => b.toString('utf8').split('\n').length

describe('--fix', () => {
  it('repairs the mojibake and changes nothing else', () => {
    const cwd = tempTree({ 'r.md': seed })
    chmodSync(join(cwd, 'r.md'), 0o640)
    const r = runCli(['--fix', 'r.md'], { cwd })
    expect(r.stderr).toContain('r.md: fixed: repair 66 mojibake sequences')
    const after = readFileSync(join(cwd, 'r.md'))
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(after)).not.toThrow()
    const text = after.toString('utf8')
    for (const emoji of ['✅', '❌', '⚠️', '📊', '🔴']) expect(text).toContain(emoji)
    for (const mojibake of ['‚úÖ', '‚ùå', '‚ö†Ô∏è', 'üìä']) expect(text).not.toContain(mojibake)
    // Every ASCII byte, and so every line and all markup, is where it was.
    expect(ascii(after)).toBe(ascii(seed))
    expect(lines(after)).toBe(lines(seed))
    expect(statSync(join(cwd, 'r.md')).mode & 0o777).toBe(0o640)
    // The fixed findings are not reported; a second run finds no mojibake.
    expect(r.stdout).not.toContain('mojibake')
    expect(runCli(['r.md'], { cwd }).stdout).not.toMatch(/\bencoding\b/)
  })

  it('--dry-run prints a unified diff and leaves the file byte-identical', () => {
    const cwd = tempTree({ 'r.md': seed })
    const r = runCli(['--fix', '--dry-run', 'r.md'], { cwd })
    expect(readFileSync(join(cwd, 'r.md')).equals(seed)).toBe(true)
    expect(r.stdout).toContain('--- r.md')
    expect(r.stdout).toContain('-### 1. **2FA Authentication** ‚úÖ')
    expect(r.stdout).toContain('+### 1. **2FA Authentication** ✅')
    expect(r.stderr).toContain('r.md: would fix')
  })

  it('leaves a file that changed on disk after it was read alone, with a message', async () => {
    const cwd = tempTree({ 'r.md': seed })
    const result = await audit({ paths: ['r.md'], cwd })
    const edited = Buffer.concat([Buffer.from('<!-- edited -->\n'), seed])
    writeFileSync(join(cwd, 'r.md'), edited)
    const outcome = await applyFixes(result, { cwd, dryRun: false })
    expect(outcome.messages).toEqual(['r.md: not fixed: the file changed on disk since it was read'])
    expect(outcome.fixed.size).toBe(0)
    expect(readFileSync(join(cwd, 'r.md')).equals(edited)).toBe(true)
  })

  it('never applies a fix that does not follow from the file: a forged or stale cache entry writes nothing', async () => {
    const clean = Buffer.from('# Readme\n\nHello world\n')
    const cwd = tempTree({ 'r.md': seed, 'README.md': clean })
    const result = await audit({ paths: ['r.md', 'README.md'], cwd })
    // A finding as a cache file could carry it: the seed's real repair, moved onto the README,
    // whose content hash it matches, with an edit of attacker text.
    const real = result.findings.find((f) => f.path === 'r.md' && f.fix)!
    const forged = { ...real, path: 'README.md', fix: { description: 'Repair 1 mojibake sequence', edits: [{ line: 3, column: 1, endLine: 3, endColumn: 6, original: 'Hello', text: 'ssh-ed25519 AAAA attacker' }] } }
    const outcome = await applyFixes({ ...result, findings: [...result.findings, forged] }, { cwd, dryRun: false })
    expect(outcome.messages).toEqual(['r.md: fixed: repair 66 mojibake sequences', 'README.md: not fixed: the repair does not follow from the file as it is (a stale or foreign cache?)'])
    expect(readFileSync(join(cwd, 'README.md')).equals(clean)).toBe(true)
    // The same for a real file whose finding's edits were changed.
    const cwd2 = tempTree({ 'r.md': seed })
    const again = await audit({ paths: ['r.md'], cwd: cwd2 })
    const tampered = again.findings.map((f) => (f.fix ? { ...f, fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, text: 'X' })) } } : f))
    expect((await applyFixes({ ...again, findings: tampered }, { cwd: cwd2, dryRun: false })).messages[0]).toMatch(/not fixed: the repair does not follow/)
    expect(readFileSync(join(cwd2, 'r.md')).equals(seed)).toBe(true)
  })

  it('never writes without --fix', () => {
    const cwd = tempTree({ 'r.md': seed })
    const before = statSync(join(cwd, 'r.md')).mtimeMs
    runCli(['r.md', '--format', 'json'], { cwd })
    expect(readFileSync(join(cwd, 'r.md')).equals(seed)).toBe(true)
    expect(statSync(join(cwd, 'r.md')).mtimeMs).toBe(before)
    expect(runCli(['--dry-run', 'r.md'], { cwd }).code).toBe(2)
  })
})
