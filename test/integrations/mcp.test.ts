import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../../src/mcp/server.js'
import type { RunResult } from '../../src/contract/result.js'
import { ruleCatalog } from '../../src/rules/catalog.js'
import { ruleExamples } from '../../src/rules/examples.js'
import { BIN, REPO, runCli } from '../helpers/cli.js'

const SEEDS = ['fixtures/examples/codebase-review.md', 'fixtures/examples/remaining-items.md']

describe('MCP server, in process (the SDK client over InMemoryTransport)', () => {
  const client = new Client({ name: 'test', version: '0.0.0' })
  beforeAll(async () => {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
    await createServer({ cwd: REPO }).connect(serverSide)
    await client.connect(clientSide)
  })
  afterAll(() => client.close())

  it('lists check_documents and explain_rule, read-only, each with an output schema', async () => {
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name)).toEqual(['check_documents', 'explain_rule'])
    for (const tool of tools) {
      expect(tool.outputSchema?.type).toBe('object')
      expect(tool.annotations?.readOnlyHint).toBe(true)
    }
    expect(tools[0]!.inputSchema.required).toEqual(['paths'])
  })

  it('check_documents returns the CLI JSON report as structured content, and as text its findings and open items', async () => {
    const result = await client.callTool({ name: 'check_documents', arguments: { paths: SEEDS } })
    expect(result.isError).toBeFalsy()
    // The same run but for the version: the source here says 0.0.0-dev, the built CLI its release.
    const cli = { ...(JSON.parse(runCli(['--format', 'json', ...SEEDS]).stdout) as RunResult), tool: { name: 'audit-reconcile', version: '0.0.0-dev' } }
    expect(result.structuredContent).toEqual(cli)
    const text = (result.content as { text: string }[])[0]!.text
    expect(text).toMatch(/^✖ 28 problems \(8 errors, 20 warnings\) in 2 files\n/)
    expect(text).toContain('fixtures/examples/remaining-items.md:118:1: error Unexpected status `todo` for `Prometheus Metrics Collection`, line 24 says `done` (see lines 24, 25) [status-conflict]\n')
    expect(text).toMatch(/^fixtures\/examples\/remaining-items\.md: \d+ of \d+ items not done\n {2}disputed: Prometheus Metrics Collection \(done line 24, done line 25, todo line 118\)$/m)
    expect(cli.findings.length).toBeGreaterThan(20)
    expect(cli.documents[1]!.items.some((i) => i.disputed)).toBe(true)
  })

  it('check_documents takes rule severities and a policy; a path that names no file is a file error', async () => {
    const result = await client.callTool({ name: 'check_documents', arguments: { paths: [SEEDS[0], 'no-such.md'], rules: { placeholder: 'off' }, policy: 'latest' } })
    const content = result.structuredContent as RunResult
    expect(content.policy).toBe('latest')
    expect(content.findings.map((f) => f.ruleId)).not.toContain('placeholder')
    expect(content.errors).toEqual([{ path: 'no-such.md', message: expect.stringMatching(/no such file|does not exist|not found/i) }])
  })

  it('refuses bad arguments as a tool error', async () => {
    const noPaths = await client.callTool({ name: 'check_documents', arguments: { paths: [] } })
    expect(noPaths.isError).toBe(true)
    const badSeverity = await client.callTool({ name: 'check_documents', arguments: { paths: SEEDS, rules: { placeholder: 'loud' } } })
    expect(badSeverity.isError).toBe(true)
    const badRule = await client.callTool({ name: 'explain_rule', arguments: { ruleId: 'no-such-rule' } })
    expect(badRule.isError).toBe(true)
  })

  it('explain_rule gives every rule its description, help and example', async () => {
    for (const meta of ruleCatalog) {
      const result = await client.callTool({ name: 'explain_rule', arguments: { ruleId: meta.id } })
      expect(result.structuredContent).toEqual({
        id: meta.id, defaultSeverity: meta.defaultSeverity, scope: meta.scope ?? 'document',
        description: meta.description, help: meta.help, examples: [ruleExamples[meta.id]],
      })
    }
  })
})

describe('audit-reconcile mcp, spawned', () => {
  it('serves over stdio as the README registers it: a client lists its tools', async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
    const recipe = /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('<!-- recipe: mcp-config -->')))![1]!
    const server = (JSON.parse(recipe) as { mcpServers: Record<string, { command: string; args: string[] }> }).mcpServers['audit-reconcile']!
    // `npx audit-reconcile mcp`, the installed copy, with this checkout's bin for it (tarball.test.ts runs it as written).
    expect([server.command, ...server.args]).toEqual(['npx', 'audit-reconcile', 'mcp'])
    const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, ...server.args.slice(1)], cwd: REPO, stderr: 'pipe' })
    const client = new Client({ name: 'test', version: '0.0.0' })
    await client.connect(transport)
    try {
      expect(client.getServerVersion()?.name).toBe('audit-reconcile')
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['check_documents', 'explain_rule'])
    } finally {
      await client.close()
    }
  })

  it('prints its usage with --help and refuses other arguments', () => {
    expect(runCli(['mcp', '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: audit-reconcile mcp \[--root <dir>\]\n/) })
    expect(runCli(['mcp', 'docs/'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/mcp takes only --root <dir>, found "docs\/"/) })
  })
})
