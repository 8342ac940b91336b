import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { describe, expect, it, vi } from 'vitest'
import remarkAuditReconcile from 'audit-reconcile/remark'
import remarkFromSource from '../../src/remark.js'
import type { Finding } from '../../src/contract/result.js'
import { REPO, runCli } from '../helpers/cli.js'

// Counts the engine's own parses, to show that the plugin uses remark's tree.
const parses = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../src/parse/markdown.js', async (original) => {
  const actual = await original<typeof import('../../src/parse/markdown.js')>()
  return { parseMarkdown: (text: string) => { parses.count++; return actual.parseMarkdown(text) } }
})

const SEEDS = ['fixtures/examples/codebase-review.md', 'fixtures/examples/remaining-items.md']

/** remark as remark-cli runs it: parse with GFM, then the plugin on the tree; the file's messages. */
async function lint(path: string, value: string | Uint8Array = readFileSync(join(REPO, path)), options?: object, plugin = remarkAuditReconcile): Promise<VFileMessage[]> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugin, options)
  const file = new VFile({ path, value, cwd: REPO })
  await processor.run(processor.parse(file), file)
  return file.messages
}

const row = (m: { ruleId?: string | undefined; line?: number | undefined; column?: number | undefined; reason: string }) => [m.ruleId, m.line, m.column, m.reason]

describe('audit-reconcile/remark (the built plugin, as the package exports it)', () => {
  for (const path of SEEDS) {
    it(`reports the CLI's findings for ${path}, as text remark decoded and as the bytes remark-cli reads`, async () => {
      const cli = runCli(['--format', 'json', path])
      const findings = (JSON.parse(cli.stdout) as { findings: Finding[] }).findings
      expect(findings.length).toBeGreaterThan(5)
      const expected = findings.map((f) => row({ ruleId: f.ruleId, line: f.line, column: f.column, reason: f.message }))
      expect((await lint(path, readFileSync(join(REPO, path), 'utf8'))).map(row)).toEqual(expected)
      expect((await lint(path)).map(row)).toEqual(expected)
    })
  }

  it('gives each message its place, source, severity and the other side as a chain of causes', async () => {
    const messages = await lint(SEEDS[1]!)
    const conflict = messages.find((m) => m.ruleId === 'status-conflict')!
    expect([conflict.source, conflict.fatal, conflict.place]).toMatchObject(['audit-reconcile', true, { start: { line: 118, column: 1 } }])
    const cause = conflict.cause as VFileMessage
    expect(cause.place).toMatchObject({ start: { line: 24, column: 1 } })
    expect(cause.reason).toMatch(/Status `done` stated here/)
    expect((cause.cause as VFileMessage).place).toMatchObject({ start: { line: 25 } })
    expect(messages.find((m) => m.ruleId === 'section-conflict')?.fatal).toBe(false)
    const encoding = messages.find((m) => m.ruleId === 'encoding')!
    // 📊 (F0 9F 93 8A) read as Mac Roman: U+F8FF (the Apple logo), ü, ì, ä.
    expect([encoding.actual, encoding.expected]).toEqual(['\uF8FFüìä', ['📊']])
    // `expected` is a quick fix in editors: only where the range holds exactly `actual`.
    const overall = messages.find((m) => m.ruleId === 'overall-claim')!
    expect([overall.actual, overall.expected]).toEqual(['done', undefined])
  })

  it('takes the config keys as options, over the config file', async () => {
    const messages = await lint(SEEDS[0]!, undefined, { rules: { placeholder: 'off', 'percent-mismatch': 'error' } })
    expect(messages.map((m) => m.ruleId)).not.toContain('placeholder')
    expect(messages.every((m) => m.fatal === true)).toBe(true)
    const missing = await lint(SEEDS[0]!, undefined, { config: 'no-such-config.json' })
    expect(missing.map((m) => [m.reason, m.fatal, m.source])).toEqual([['no-such-config.json: config file not found', true, 'audit-reconcile']])
    await expect(lint(SEEDS[0]!, undefined, { rulez: {} })).rejects.toThrow(/audit-reconcile\/remark options: rulez: expected a known key.*did you mean "rules"/)
  })

  it('checks a file without a path or a value (an empty buffer) without failing', async () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkAuditReconcile, { config: false })
    const file = new VFile()
    await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([])
  })

  it('decodes UTF-16 bytes the way the CLI does', async () => {
    const text = '# Status\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect((await lint('status.md', utf16)).map(row)).toEqual([['status-conflict', 7, 1, 'Unexpected status `todo` for `Login`, line 3 says `done`']])
  })

  it('checks the tree remark parsed; only text the CLI would repair (mojibake) is parsed again', async () => {
    parses.count = 0
    expect((await lint(SEEDS[0]!, undefined, undefined, remarkFromSource)).length).toBeGreaterThan(0)
    expect(parses.count).toBe(0)
    expect((await lint(SEEDS[1]!, undefined, undefined, remarkFromSource)).length).toBeGreaterThan(0)
    expect(parses.count).toBe(1)
  })

  it('runs as the README\'s .remarkrc.json configures it', async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
    const recipe = /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('<!-- recipe: remarkrc -->')))![1]!
    // What unified-engine does with `plugins`: import each by name, `.use()` it with its options.
    let processor: ReturnType<typeof unified> = unified().use(remarkParse) as never
    for (const entry of (JSON.parse(recipe) as { plugins: (string | [string, unknown])[] }).plugins) {
      const [name, options] = typeof entry === 'string' ? [entry, undefined] : entry
      processor = processor.use(((await import(name)) as { default: never }).default, options as never)
    }
    const file = new VFile({ path: SEEDS[0], value: readFileSync(join(REPO, SEEDS[0]!)), cwd: REPO })
    await processor.run(processor.parse(file), file)
    expect(file.messages.length).toBeGreaterThan(3)
    expect(file.messages.map((m) => m.ruleId)).not.toContain('placeholder')
  })
})
