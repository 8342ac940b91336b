// The MCP server reads nothing outside its folder: driven over stdio with the SDK's client, as a
// coding assistant drives it, against files laid out to lead out by every route.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/contract/result.js'
import { BIN, runCli } from '../helpers/cli.js'

// A document that would be reported on (two statuses for one item) if it were read.
const SECRET = '# Secret\n\n## Login\n\nStatus: ✅ Done\n\n## Summary\n\n- [ ] Login\n'
const OK = '# Status\n\n- [x] Parser\n'

const top = mkdtempSync(join(tmpdir(), 'audit-reconcile-mcp-'))
const root = join(top, 'root')
function layout(): void {
  mkdirSync(join(top, 'outside'), { recursive: true })
  writeFileSync(join(top, 'outside/secret.md'), SECRET)
  mkdirSync(join(root, 'docs'), { recursive: true })
  mkdirSync(join(root, 'many'), { recursive: true })
  mkdirSync(join(root, 'sub'), { recursive: true })
  mkdirSync(join(root, 'big'), { recursive: true })
  writeFileSync(join(root, 'docs/ok.md'), OK)
  writeFileSync(join(root, 'sub/inner.md'), OK)
  symlinkSync('../../outside/secret.md', join(root, 'docs/link.md'))
  symlinkSync('../outside', join(root, 'linkdir'))
  for (let i = 0; i < 201; i++) writeFileSync(join(root, `many/d${String(i).padStart(3, '0')}.md`), OK)
  // 65 MB that take no room: over the per-call byte limit by its size alone.
  writeFileSync(join(root, 'big/sparse.md'), '')
  truncateSync(join(root, 'big/sparse.md'), 65 * 1024 * 1024)
}

async function connect(cwd: string, args: string[] = []): Promise<Client> {
  const client = new Client({ name: 'test', version: '0.0.0' })
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', ...args], cwd, stderr: 'pipe' }))
  return client
}

async function check(client: Client, args: Record<string, unknown>): Promise<{ isError: boolean; text: string; result?: RunResult }> {
  const reply = await client.callTool({ name: 'check_documents', arguments: args })
  const text = (reply.content as { text: string }[])[0]?.text ?? ''
  return { isError: reply.isError === true, text, ...(reply.structuredContent ? { result: reply.structuredContent as RunResult } : {}) }
}

describe('audit-reconcile mcp reads only under its folder', () => {
  let client: Client
  beforeAll(async () => { layout(); client = await connect(root) })
  afterAll(() => client.close())

  it('checks a document under its working directory', async () => {
    const { isError, result } = await check(client, { paths: ['docs/ok.md', 'sub'] })
    expect(isError).toBe(false)
    expect(result!.documents.map((d) => d.path)).toEqual(['docs/ok.md', 'sub/inner.md'])
  })

  it.each([
    ['a path up and out', ['../outside/secret.md']],
    ['an absolute path outside', [join(top, 'outside/secret.md')]],
    ['a system file', ['/etc/passwd']],
    ['a symlinked file pointing out', ['docs/link.md']],
    ['a file through a symlinked folder', ['linkdir/secret.md']],
    ['a glob that starts outside', ['../*/secret.md']],
    ['a glob through a symlinked folder', ['linkdir/*.md']],
    ['a path that climbs out and back in by name', ['docs/../../outside/secret.md']],
  ])('refuses %s with a tool error that names it, reading nothing', async (_, paths) => {
    const { isError, text, result } = await check(client, { paths })
    expect(isError).toBe(true)
    expect(text).toMatch(/: outside the folder this server may read \(/)
    expect(result).toBeUndefined()
  })

  it('walks a directory holding a link out without following the link', async () => {
    const { isError, result } = await check(client, { paths: ['docs'] })
    expect(isError).toBe(false)
    expect(result!.documents.map((d) => d.path)).toEqual(['docs/ok.md'])
  })

  it('refuses a root for cited paths outside its folder, and one that does not exist', async () => {
    expect(await check(client, { paths: ['docs/ok.md'], root: '/' })).toMatchObject({ isError: true, text: expect.stringMatching(/^root \/: outside the folder this server may read/) })
    expect(await check(client, { paths: ['docs/ok.md'], root: 'no-such-dir' })).toMatchObject({ isError: true, text: expect.stringMatching(/no-such-dir: no such directory/) })
    expect((await check(client, { paths: ['docs/ok.md'], root: 'sub' })).isError).toBe(false)
  })

  it('refuses standard input as a path', async () => {
    expect(await check(client, { paths: ['-'] })).toMatchObject({ isError: true, text: expect.stringMatching(/standard input/) })
  })

  it('bounds one call: paths, files and bytes', async () => {
    const tooManyPaths = await check(client, { paths: Array.from({ length: 201 }, (_, i) => `many/d${String(i).padStart(3, '0')}.md`) })
    expect(tooManyPaths.isError).toBe(true)
    expect(await check(client, { paths: ['many'] })).toMatchObject({ isError: true, text: expect.stringMatching(/reads at most 200 files in one call, these paths name 201/) })
    expect(await check(client, { paths: ['big/sparse.md'] })).toMatchObject({ isError: true, text: expect.stringMatching(/reads at most 64 MB in one call/) })
    expect((await check(client, { paths: ['x'.repeat(5000)] })).isError).toBe(true)
  })

  it('with --root, reads under that folder from a working directory below it', async () => {
    const rooted = await connect(join(root, 'sub'), ['--root', root])
    try {
      expect((await check(rooted, { paths: ['../docs/ok.md'] })).isError).toBe(false)
      expect((await check(rooted, { paths: ['../../outside/secret.md'] })).isError).toBe(true)
    } finally {
      await rooted.close()
    }
  })

  it('refuses to start with a --root that does not exist or is not a folder', () => {
    expect(runCli(['mcp', '--root', join(top, 'nowhere')], { cwd: root })).toMatchObject({ code: 2, stderr: expect.stringMatching(/--root .*nowhere: no such directory/) })
    expect(runCli(['mcp', '--root', 'docs/ok.md'], { cwd: root })).toMatchObject({ code: 2, stderr: expect.stringMatching(/--root docs\/ok\.md: not a directory/) })
    expect(runCli(['mcp', '--root'], { cwd: root })).toMatchObject({ code: 2, stderr: expect.stringMatching(/mcp takes only --root <dir>/) })
  })
})
