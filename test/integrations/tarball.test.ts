import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { REPO } from '../helpers/cli.js'
import { installInEmptyProject, packLikePreCommit, run, type Ran } from '../helpers/pack.js'

const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }
const TARBALL = `audit-reconcile-${version}.tgz`
// Packing builds the bundle and the declarations in a copy, and tsc checks zod's declarations: minutes, not seconds, on a slow machine.
const SLOW = 300_000

let packed: Ran & { dir: string }
let consumer: Ran & { dir: string }
beforeAll(() => {
  packed = packLikePreCommit()
  if (packed.status === 0 && existsSync(join(packed.dir, TARBALL))) {
    consumer = installInEmptyProject(join(packed.dir, TARBALL), ['@types/node', 'unified'])
    cpSync(join(REPO, 'fixtures/cli/docs'), join(consumer.dir, 'docs'), { recursive: true })
  }
}, SLOW)

/** The fenced block after `<!-- recipe: name -->` in the README. */
function readmeRecipe(name: string): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
  return /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf(`<!-- recipe: ${name} -->`)))![1]!
}

describe('npm pack, as pre-commit runs it to install the hook', () => {
  it('prints the tarball name alone on standard output, which pre-commit takes for the file to install', () => {
    expect(packed.stderr).not.toMatch(/npm error/)
    expect(packed.status).toBe(0)
    expect(packed.stdout).toBe(`${TARBALL}\n`)
    expect(existsSync(join(packed.dir, packed.stdout.trim()))).toBe(true)
  })

  it('is the README\'s install from a tarball: npm pack, the name it prints, npm install of that file', () => {
    const lines = readmeRecipe('install-tarball').split('\n')
    expect(lines).toContain(`npm ci && npm pack                  # prints the tarball's name: ${TARBALL}`)
    expect(lines).toContain(`npm install --save-dev ../audit-reconcile/${TARBALL}`)
    expect(lines).toContain('npx audit-reconcile docs/')
  })
})

describe('the tarball installed into an empty project', () => {
  it('runs, as `npx audit-reconcile docs/` (the installed copy, nothing fetched)', () => {
    const out = run('npx', ['--offline', 'audit-reconcile', '--format', 'compact', 'docs/'], consumer.dir)
    expect(out.stderr).toBe('')
    expect(out.status).toBe(1)
    expect(out.stdout).toMatch(/^docs\/conflict\.md:10:1: error Unexpected status `todo` for `Login Page`/)
  })

  it('type-checks a strict TypeScript program with skipLibCheck off, the types real and not any', () => {
    writeFileSync(join(consumer.dir, 'check.ts'), [
      "import { audit, exitCode, formatters, ruleCatalog, runResultSchema, VERSION, type Finding, type RunResult } from 'audit-reconcile'",
      "import remarkAuditReconcile, { type RemarkAuditReconcileOptions } from 'audit-reconcile/remark'",
      "import { unified } from 'unified'",
      "const result: RunResult = await audit({ paths: ['docs/'], rules: { placeholder: 'off' } })",
      'const first: Finding | undefined = result.findings[0]',
      '// @ts-expect-error a line is a number',
      'const wrong: string = first!.line',
      '// @ts-expect-error not a rule id',
      "await audit({ paths: [], rules: { 'no-such-rule': 'off' } })",
      "const ctx = { cwd: '.', color: false, rules: ruleCatalog, toolVersion: VERSION }",
      'const parsed = runResultSchema.parse(JSON.parse(formatters.json(result, ctx)))',
      "const options: RemarkAuditReconcileOptions = { rules: { placeholder: 'off' }, config: false }",
      'unified().use(remarkAuditReconcile, options)',
      "console.log(wrong, parsed.totals.errors satisfies number, exitCode(result, { failOn: 'error' }))",
    ].join('\n'))
    const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }
    writeFileSync(join(consumer.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['check.ts'] }))
    const tsc = run(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.'], consumer.dir)
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  }, SLOW)

  it('serves MCP over stdio, registered as the README says', async () => {
    const server = (JSON.parse(readmeRecipe('mcp-config')) as { mcpServers: Record<string, { command: string; args: string[] }> }).mcpServers['audit-reconcile']!
    const client = new Client({ name: 'test', version: '0.0.0' })
    const env = { PATH: process.env.PATH!, HOME: process.env.HOME!, npm_config_offline: 'true' }
    const transport = new StdioClientTransport({ command: server.command, args: server.args, cwd: consumer.dir, env, stderr: 'pipe' })
    await client.connect(transport)
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['check_documents', 'explain_rule'])
      const checked = await client.callTool({ name: 'check_documents', arguments: { paths: ['docs/conflict.md'] } })
      expect(checked.isError).toBeFalsy()
      expect((checked.structuredContent as { totals: { errors: number } }).totals.errors).toBe(1)
    } finally {
      await client.close()
    }
  })
})
