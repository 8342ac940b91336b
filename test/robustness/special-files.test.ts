// A config, cache or baseline file that is a FIFO, a device or a link to one is refused before
// anything is read from it: read whole, /dev/zero never ends and a FIFO with no writer blocks.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN } from '../helpers/cli.js'

const DOC = '# Status\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-special-'))
  writeFileSync(join(dir, 'status.md'), DOC)
  return dir
}

/** The CLI, stopped after 20 s: a run that reads /dev/zero or waits on a FIFO would not end. */
function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH, HOME: cwd, ...env } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('config files that are not regular files', () => {
  it.each([
    ['.audit-reconcile.json', 'a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['.audit-reconcile.yaml', 'a FIFO', (path: string) => spawnSync('mkfifo', [path])],
    ['package.json', 'a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
  ])('%s as %s, found by the search, is a config error naming it', (name, _what, make) => {
    const cwd = tree()
    mkdirSync(join(cwd, 'sub'))
    make(join(cwd, name))
    const r = cli(['status.md'], cwd)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}.*: config path is not a regular file`))
  })

  it('named with --config, a link to /dev/zero is refused', () => {
    const cwd = tree()
    symlinkSync('/dev/zero', join(cwd, 'zero.json'))
    expect(cli(['--config', 'zero.json', 'status.md'], cwd)).toMatchObject({ code: 2, stderr: expect.stringMatching(/zero\.json: config path is not a (regular )?file/) })
  })
})

describe('cache files that are not regular files', () => {
  it.each([
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path)],
    ['a FIFO', (path: string) => spawnSync('mkfifo', [path])],
  ])('--cache-location naming %s is read as no cache, and the run reports', (_what, make) => {
    const cwd = tree()
    make(join(cwd, 'cache.bin'))
    const r = cli(['--cache', '--cache-location', 'cache.bin', '--format', 'json', 'status.md'], cwd)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('status-conflict')
  })

  it('a default cache file (in XDG_CACHE_HOME) that is a FIFO is read as no cache', () => {
    const cwd = tree()
    const xdg = mkdtempSync(join(tmpdir(), 'audit-xdg-'))
    // Every file the cache directory may hold, a FIFO: the key and the cache itself.
    mkdirSync(join(xdg, 'audit-reconcile'))
    spawnSync('mkfifo', [join(xdg, 'audit-reconcile/secret')])
    const r = cli(['--cache', '--format', 'json', 'status.md'], cwd, { XDG_CACHE_HOME: xdg })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/warning: cannot write the cache .*: no key to sign it with/)
  })
})

describe('config files run no code and pollute nothing', () => {
  it.each([
    ['.audit-reconcile.yaml', 'rules: !!js/function "function () { require(\'fs\').writeFileSync(\'PWNED\', \'x\') }"\n', /\.audit-reconcile\.yaml:1: invalid YAML: Unresolved tag/],
    ['.audit-reconcile.json', '{ "__proto__": { "polluted": true }, "rules": {} }\n', /\.audit-reconcile\.json: __proto__: expected one of .*found unknown key "__proto__"/],
    ['.audit-reconcile.yaml', 'rules: &a\n  <<: *a\n', /\.audit-reconcile\.yaml: rules\["<<"\]: expected one of/],
    ['.audit-reconcile.json', `{ "rules": ${'{ "a": '.repeat(5000)}1${' }'.repeat(5000)} }\n`, /\.audit-reconcile\.json: rules\.a: expected one of/],
  ])('%s holding %j is a config error, one line, no stack', (name, text, message) => {
    const cwd = tree()
    writeFileSync(join(cwd, name), text)
    const r = cli(['status.md'], cwd)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(readdirSync(cwd)).not.toContain('PWNED')
  })
})
