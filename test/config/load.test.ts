import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/contract/errors.js'
import { sandbox } from '../helpers/cli.js'

const placeholderError = { json: '{ "rules": { "placeholder": "error" } }', yaml: 'rules:\n  placeholder: error\n' }

describe('config discovery', () => {
  const places: [string, string][] = [
    ['.audit-reconcile.json', placeholderError.json],
    ['.audit-reconcile.yaml', placeholderError.yaml],
    ['.audit-reconcile.yml', placeholderError.yaml],
    ['audit-reconcile.config.json', placeholderError.json],
    ['package.json', '{ "name": "x", "audit-reconcile": { "rules": { "placeholder": "error" } } }'],
  ]
  for (const [file, content] of places) {
    it(`finds ${file} in the working directory and above it`, async () => {
      const dir = sandbox({ [file]: content })
      mkdirSync(join(dir, 'docs/deeper'), { recursive: true })
      for (const cwd of [dir, join(dir, 'docs/deeper')]) {
        const loaded = await loadConfig({ cwd })
        expect(loaded.config).toEqual({ rules: { placeholder: 'error' } })
        expect(basename(loaded.file ?? '')).toBe(file)
        expect(loaded.base).toBe(dir)
      }
    })
  }

  it('takes the nearest directory first, and within one directory the first name in the list', async () => {
    const dir = sandbox({
      '.audit-reconcile.json': '{ "policy": "latest" }',
      'docs/.audit-reconcile.yaml': 'policy: optimistic\n',
      'docs/audit-reconcile.config.json': '{ "policy": "pessimistic" }',
    })
    expect((await loadConfig({ cwd: join(dir, 'docs') })).config).toEqual({ policy: 'optimistic' })
    expect((await loadConfig({ cwd: dir })).config).toEqual({ policy: 'latest' })
  })

  it('skips a package.json without the key and keeps looking upward', async () => {
    const dir = sandbox({ '.audit-reconcile.yml': 'policy: latest\n', 'docs/package.json': '{ "name": "docs" }' })
    expect((await loadConfig({ cwd: join(dir, 'docs') })).config).toEqual({ policy: 'latest' })
  })

  it('reads a named file instead of searching, or none at all', async () => {
    const dir = sandbox({ '.audit-reconcile.json': '{ "policy": "latest" }', 'ci/strict.yaml': 'policy: pessimistic\n' })
    expect((await loadConfig({ cwd: dir, file: 'ci/strict.yaml' })).config).toEqual({ policy: 'pessimistic' })
    expect((await loadConfig({ cwd: dir, file: false }))).toEqual({ config: {}, base: dir })
  })

  it('treats an empty file as an empty config', async () => {
    expect((await loadConfig({ cwd: sandbox({ '.audit-reconcile.yaml': '' }) })).config).toEqual({})
  })
})

describe('config validation', () => {
  const problems = async (file: string, content: string): Promise<string[]> => {
    const dir = sandbox({ [file]: content })
    const error = await loadConfig({ cwd: dir }).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    return (error as ConfigError).message.split('\n')
  }

  it('reports a bad value with its file, key path, what was expected and what was found, in YAML and JSON', async () => {
    const line = '.audit-reconcile.X: rules.status-conflict: expected "off" | "warning" | "error" or an object, found "fatal"'
    expect(await problems('.audit-reconcile.yaml', 'rules:\n  status-conflict: fatal\n')).toEqual([line.replace('X', 'yaml')])
    expect(await problems('.audit-reconcile.json', '{ "rules": { "status-conflict": "fatal" } }')).toEqual([line.replace('X', 'json')])
  })

  it('gives one line per problem, with "did you mean" for misspelt keys and values', async () => {
    const yaml = [
      'polcy: strict',
      'rules:',
      '  status-confict: error',
      '  placeholder: warn',
      '  percent-mismatch: { severity: warning, tolerance: -1, tolerence: 2 }',
      'statusWords:',
      '  dne: [landed]',
      'aliases:',
      '  Billing: Invoicing',
      'ignore: docs/archive/**',
    ].join('\n')
    expect(await problems('.audit-reconcile.yml', yaml)).toEqual([
      '.audit-reconcile.yml: rules.percent-mismatch.tolerance: expected a number >= 0, found -1',
      '.audit-reconcile.yml: rules.percent-mismatch.tolerence: expected a known key, found unknown key "tolerence" (did you mean "tolerance"?)',
      '.audit-reconcile.yml: rules.placeholder: expected "off" | "warning" | "error" or an object, found "warn" (did you mean "warning"?)',
      '.audit-reconcile.yml: rules.status-confict: expected a known key, found unknown key "status-confict" (did you mean "status-conflict"?)',
      '.audit-reconcile.yml: statusWords.dne: expected a known key, found unknown key "dne" (did you mean "done"?)',
      '.audit-reconcile.yml: aliases.Billing: expected a list, found "Invoicing"',
      '.audit-reconcile.yml: ignore: expected a list, found "docs/archive/**"',
      '.audit-reconcile.yml: polcy: expected a known key, found unknown key "polcy" (did you mean "policy"?)',
    ])
  })

  it('lists the known keys when an unknown one is not a near miss', async () => {
    expect(await problems('.audit-reconcile.json', '{ "colour": true }')).toEqual([
      '.audit-reconcile.json: colour: expected one of "$schema", "rules", "statusWords", "language", "aliases", "policy", "ignore", "reportUnusedDirectives", "includeUncertain", found unknown key "colour"',
    ])
  })

  it('names the package.json key', async () => {
    expect(await problems('package.json', '{ "audit-reconcile": { "policy": "lenient" } }')).toEqual([
      'package.json ("audit-reconcile" key): policy: expected "strict" | "latest" | "pessimistic" | "optimistic", found "lenient"',
    ])
  })

  it('reports syntax errors with a line, and refuses duplicate YAML keys', async () => {
    expect((await problems('.audit-reconcile.json', '{ "policy": }'))[0]).toMatch(/^\.audit-reconcile\.json: invalid JSON: /)
    expect((await problems('.audit-reconcile.yaml', 'policy: strict\npolicy: latest\n'))[0]).toMatch(/^\.audit-reconcile\.yaml:2: invalid YAML: Map keys must be unique$/)
  })

  it('keeps YAML alias expansion small (no "billion laughs")', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n')
    expect((await problems('.audit-reconcile.yaml', bomb))[0]).toMatch(/invalid YAML: .*[Aa]lias/)
  })

  it('refuses a config over 1 MB, and code', async () => {
    const big = `{ "aliases": { "x": ["${'y'.repeat(1_100_000)}"] } }`
    expect(await problems('.audit-reconcile.json', big)).toEqual(['.audit-reconcile.json: config file is 1100028 bytes, expected at most 1000000'])
    const dir = sandbox({ 'audit.config.js': 'process.exit(3)' })
    await expect(loadConfig({ cwd: dir, file: 'audit.config.js' })).rejects.toThrow('audit.config.js: expected a .json, .yaml or .yml config file; no code is executed')
    writeFileSync(join(dir, 'big.yaml'), `policy: strict\n#${'x'.repeat(1_100_000)}\n`)
    await expect(loadConfig({ cwd: dir, file: 'big.yaml' })).rejects.toThrow('expected at most 1000000')
  })
})
