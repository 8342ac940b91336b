import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { configJsonSchema, configSchema } from '../../src/config/schema.js'
import { REPO, runCli, sandbox } from '../helpers/cli.js'

describe('config on the command line', () => {
  it('a bad config exits 2 with one line per problem and no stack', () => {
    const cwd = sandbox({ '.audit-reconcile.yaml': 'rules:\n  placeholder: fatal\npolcy: strict\n' })
    expect(runCli(['docs'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'audit-reconcile: .audit-reconcile.yaml: rules.placeholder: expected "off" | "warning" | "error" or an object, found "fatal"',
        'audit-reconcile: .audit-reconcile.yaml: polcy: expected a known key, found unknown key "polcy" (did you mean "policy"?)',
        '',
      ].join('\n'),
    })
  })

  it('applies precedence: flags over the named or discovered file; --no-config reads none', () => {
    const cwd = sandbox({ '.audit-reconcile.json': '{ "rules": { "placeholder": "error" } }', 'ci.yaml': 'rules:\n  placeholder: off\n' })
    const code = (...args: string[]) => runCli([...args, 'docs/warning.md'], { cwd }).code
    expect(code()).toBe(1)
    expect(code('--rule', 'placeholder=warning')).toBe(0)
    expect(code('--config', 'ci.yaml', '--fail-on', 'warning')).toBe(0)
    expect(code('--no-config')).toBe(0)
    expect(code('--no-config', '--fail-on', 'warning')).toBe(1)
    expect(runCli(['--config', 'missing.yaml', 'docs'], { cwd })).toMatchObject({ code: 2, stderr: 'audit-reconcile: missing.yaml: config file not found\n' })
  })

  it('extra status words and item aliases change what is found', () => {
    const doc = '### Payments\n- **Status:** landed\n\n### Billing ✅\n\n## Tracking\n\n| Feature | Status |\n|---|---|\n| Payments | ❌ Not Implemented |\n| Invoicing | ❌ Missing |\n'
    const found = (config: string) => runCli(['--format', 'compact', 'status.md'], { cwd: sandbox({ 'status.md': doc, '.audit-reconcile.json': config }) }).stdout
    expect(found('{}')).toBe('')
    expect(found('{ "statusWords": { "done": ["landed"] } }')).toMatch(/^status\.md:10:1: error Unexpected status `todo` for `Payments`/)
    expect(found('{ "aliases": { "Billing": ["Invoicing"] } }')).toMatch(/^status\.md:11:1: error Unexpected status `todo` for `Billing`/)
  })

  it('ignore globs are relative to the config file and skip named files too; policy reaches the report', () => {
    const cwd = sandbox({ '.audit-reconcile.yml': 'ignore: [docs/conflict.md, "docs/warn*"]\npolicy: latest\n' })
    expect(runCli(['docs'], { cwd })).toEqual({ code: 0, stdout: '✔ No problems in 1 file\n', stderr: '' })
    expect(runCli(['docs/conflict.md'], { cwd })).toEqual({ code: 0, stdout: '✔ No problems in 0 files\n', stderr: '' })
    expect(runCli(['.'], { cwd: join(cwd, 'docs') }).stdout).toBe('✔ No problems in 1 file\n')
    expect(JSON.parse(runCli(['--format', 'json', 'docs'], { cwd }).stdout)).toMatchObject({ policy: 'latest' })
    // A glob naming a directory covers what is under it; a directory left with nothing to check is unmatched.
    const dirIgnored = sandbox({ '.audit-reconcile.json': '{ "ignore": ["docs"] }' })
    expect(runCli(['docs/conflict.md'], { cwd: dirIgnored })).toEqual({ code: 0, stdout: '✔ No problems in 0 files\n', stderr: '' })
    expect(runCli(['docs'], { cwd: dirIgnored }).stdout).toContain('docs: No markdown files in this directory (or all are ignored)')
  })

  it('--print-config prints the merged config with every default, valid against the schema', () => {
    const cwd = sandbox({ '.audit-reconcile.yaml': 'rules:\n  placeholder: error\nignore: [docs/old/**]\n' })
    const { code, stdout, stderr } = runCli(['--print-config', 'docs/old/x.md', '--rule', 'encoding=off', '--policy', 'pessimistic'], { cwd })
    expect(code).toBe(0)
    const config = configSchema.parse(JSON.parse(stdout))
    expect(config).toMatchObject({
      rules: { 'status-conflict': 'error', placeholder: 'error', encoding: 'off', directive: 'error' },
      policy: 'pessimistic',
      ignore: ['docs/old/**'],
      reportUnusedDirectives: false,
    })
    expect(stderr).toBe('audit-reconcile: docs/old/x.md is skipped: it matches the config\'s "ignore" globs\n')
  })
})

describe('the published JSON Schema of the config', () => {
  const published = JSON.parse(readFileSync(join(REPO, 'config.schema.json'), 'utf8')) as object

  it('is up to date with the zod schema (run `npm run schema` if not)', () => {
    expect(published).toEqual(configJsonSchema())
  })

  it('accepts a valid config and rejects unknown keys and bad values, as the loader does', () => {
    const validate = new Ajv({ strict: false }).compile(published)
    expect(validate({ $schema: './node_modules/audit-reconcile/config.schema.json', rules: { placeholder: 'off', 'percent-mismatch': { severity: 'warning', tolerance: 2 } }, statusWords: { done: ['landed'] }, aliases: { Billing: ['Invoicing'] }, policy: 'latest', ignore: ['a/**'], reportUnusedDirectives: true })).toBe(true)
    expect(validate({ rules: { placeholder: 'fatal' } })).toBe(false)
    expect(validate({ polcy: 'strict' })).toBe(false)
    expect(validate({ rules: { placeholder: { tolerance: 2 } } })).toBe(false)
  })
})
