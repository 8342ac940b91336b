import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { cacheFilePath, readCacheFile, writeCacheFile } from '../../src/io/cache-file.js'
import { cacheKey, ResultCache, type CacheData } from '../../src/workers/cache.js'
import { audit, type AuditOptions } from '../helpers/api.js'
import { tempTree } from '../helpers/tmp.js'

const status = `# Status

**Last Updated:** 2025-03-14

### Login ✅
- **Status:** ❌ Not started
- **Location:** \`src/auth/login.py\`
`
const other = `# Other

### Search ✅
- **Status:** ✅ Done
`

const MAGIC = 'audit-reconcile-cache\n'
// Caches and their signing key go to the user's cache directory: a fresh one for these tests.
process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'audit-reconcile-xdg-'))
const defaultCache = (cwd: string) => cacheFilePath(undefined, cwd)

/** Rewrites the cache file (signed, as the tool would) so that each cached finding's message says where it came from: a hit then shows. */
async function markCache(file: string | Promise<string>): Promise<void> {
  const path = await file
  const data = (await readCacheFile(path)) as CacheData
  for (const entry of Object.values(data.entries)) for (const f of entry.outcome.findings) f.message = `cached: ${f.message}`
  expect(await writeCacheFile(path, data)).toBeUndefined()
}

const cachedPaths = (r: Awaited<ReturnType<typeof audit>>) => [...new Set(r.findings.filter((f) => f.message.startsWith('cached: ')).map((f) => f.path))]
const plain = (r: Awaited<ReturnType<typeof audit>>) => r.findings.map((f) => ({ ...f, message: f.message.replace(/^cached: /, '') }))

describe('--cache', () => {
  const run = (cwd: string, extra: Partial<AuditOptions> = {}) => audit({ paths: ['docs'], cwd, cache: {}, ...extra })

  it('reuses a file\'s results while its content is unchanged, and gives the same report as without the cache', async () => {
    const cwd = tempTree({ 'docs/status.md': status, 'docs/other.md': other })
    const first = await run(cwd)
    await markCache(defaultCache(cwd))
    const second = await run(cwd)
    expect(cachedPaths(second)).toEqual(['docs/status.md'])
    expect(plain(second)).toEqual(first.findings)
    expect({ ...second, findings: [] }).toEqual({ ...first, findings: [] })
    expect(await audit({ paths: ['docs'], cwd })).toEqual(first)
  })

  it('analyses a file again when its content changes, and only that file', async () => {
    const cwd = tempTree({ 'docs/status.md': status, 'docs/other.md': other.replace('Search', 'Search box') })
    await run(cwd)
    await markCache(defaultCache(cwd))
    writeFileSync(join(cwd, 'docs/other.md'), other.replace('✅ Done', '❌ Missing'))
    const result = await run(cwd)
    expect(cachedPaths(result)).toEqual(['docs/status.md'])
    expect(result.findings.filter((f) => f.path === 'docs/other.md').map((f) => f.ruleId)).toEqual(['status-conflict'])
  })

  it('starts afresh when the settings change (a config file, a flag, the policy)', async () => {
    const cwd = tempTree({ 'docs/status.md': status })
    await run(cwd)
    await markCache(defaultCache(cwd))
    expect(cachedPaths(await run(cwd))).toEqual(['docs/status.md'])
    await markCache(defaultCache(cwd))
    const changed = await run(cwd, { rules: { 'status-conflict': 'warning' } })
    expect(cachedPaths(changed)).toEqual([])
    expect(changed.findings.find((f) => f.ruleId === 'status-conflict')?.severity).toBe('warning')
    await markCache(defaultCache(cwd))
    expect(cachedPaths(await run(cwd, { rules: { 'status-conflict': 'warning' }, policy: 'latest' }))).toEqual([])
  })

  it('keys the results on the tool version and the settings, however their keys are ordered', () => {
    expect(cacheKey({ policy: 'latest', rules: { placeholder: 'off' } }, '/x', undefined)).toBe(cacheKey({ rules: { placeholder: 'off' }, policy: 'latest' }, '/x', undefined))
    expect(cacheKey({}, '/x', undefined)).not.toBe(cacheKey({ policy: 'latest' }, '/x', undefined))
    expect(cacheKey({}, '/x', undefined)).not.toBe(cacheKey({}, '/y', undefined))
    const data = { ...new ResultCache(cacheKey({}, '/x', undefined)).toData(), key: 'made by another version' }
    expect(new ResultCache(cacheKey({}, '/x', undefined), data).changed).toBe(true)
  })

  it('analyses again when a cited path appears, though the document is unchanged', async () => {
    const cwd = tempTree({ 'docs/status.md': status.replace('❌ Not started', '✅ Done') })
    const before = await run(cwd, { root: '.' })
    expect(before.findings.map((f) => f.ruleId)).toEqual(['evidence-missing'])
    await markCache(defaultCache(cwd))
    expect(cachedPaths(await run(cwd, { root: '.' }))).toEqual(['docs/status.md'])
    mkdirSync(join(cwd, 'src/auth'), { recursive: true })
    writeFileSync(join(cwd, 'src/auth/login.py'), '')
    expect((await run(cwd, { root: '.' })).findings).toEqual([])
  })

  it.each([
    ['garbage', Buffer.from('not a cache at all \u0000\u0001')],
    ['a truncated cache', 'truncate'],
    ['an empty file', Buffer.alloc(0)],
    ['a cache of the wrong shape, signed', { format: 1, key: 'x', entries: { a: 1 } }],
    ['a signed cache with an entry of the wrong shape', 'bad-entry'],
  ])('ignores %s in place of the cache file and writes a good one', async (_what, content) => {
    const cwd = tempTree({ 'docs/status.md': status })
    const file = await defaultCache(cwd)
    const expected = await run(cwd)
    if (content === 'bad-entry') {
      const data = (await readCacheFile(file)) as CacheData
      for (const entry of Object.values(data.entries)) (entry.outcome as { findings: unknown }).findings = 'none'
      await writeCacheFile(file, data)
    } else if (content instanceof Buffer || content === 'truncate') writeFileSync(file, content === 'truncate' ? readFileSync(file).subarray(0, 60) : content)
    else await writeCacheFile(file, content)
    const warnings: string[] = []
    expect(await run(cwd, { onWarning: (m) => warnings.push(m) })).toEqual(expected)
    expect(warnings).toEqual([])
    await markCache(file)
    expect(cachedPaths(await run(cwd))).toEqual(['docs/status.md'])
  })

  it('lives outside the checkout by default, in the user\'s cache directory', async () => {
    const cwd = tempTree({ 'docs/status.md': status })
    await run(cwd)
    expect(existsSync(join(cwd, '.audit-reconcile-cache'))).toBe(false)
    expect((await defaultCache(cwd)).startsWith(join(process.env.XDG_CACHE_HOME!, 'audit-reconcile'))).toBe(true)
    expect(existsSync(await defaultCache(cwd))).toBe(true)
  })

  it('treats a cache file it did not sign as absent: a committed one cannot make a bad document pass', async () => {
    const cwd = tempTree({ 'docs/status.md': status })
    const honest = await run(cwd, { cache: { location: '.audit-reconcile-cache' } })
    expect(honest.totals.errors).toBeGreaterThan(0)
    // What an attacker can compute: the key, the content hash; the entry says "no findings".
    const data = (await readCacheFile(join(cwd, '.audit-reconcile-cache'))) as CacheData
    for (const entry of Object.values(data.entries)) entry.outcome.findings = []
    const unsigned = Buffer.concat([Buffer.from(MAGIC), Buffer.alloc(32), serialize(data)])
    for (const forged of [unsigned, Buffer.concat([Buffer.from(MAGIC), serialize(data)])]) {
      writeFileSync(join(cwd, '.audit-reconcile-cache'), forged)
      const result = await run(cwd, { cache: { location: '.audit-reconcile-cache' } })
      expect(result.findings).toEqual(honest.findings)
    }
  })

  it('two runs writing one cache at once leave a whole cache that the next run uses', async () => {
    const cwd = tempTree({ 'docs/status.md': status, 'docs/other.md': other })
    const expected = await audit({ paths: ['docs'], cwd })
    const runs = await Promise.all(Array.from({ length: 4 }, () => run(cwd)))
    for (const r of runs) expect(r).toEqual(expected)
    await markCache(defaultCache(cwd))
    expect(cachedPaths(await run(cwd))).toEqual(['docs/status.md'])
  })

  it('uses --cache-location as the file, or as a directory to put it in', async () => {
    const cwd = tempTree({ 'docs/status.md': status, 'cache/keep': '' })
    await run(cwd, { cache: { location: 'cache/' } })
    expect(() => readFileSync(join(cwd, 'cache/.audit-reconcile-cache'))).not.toThrow()
    await run(cwd, { cache: { location: 'my-cache.bin' } })
    expect(readFileSync(join(cwd, 'my-cache.bin')).subarray(0, MAGIC.length).toString()).toBe(MAGIC)
    expect(existsSync(join(cwd, 'cache/.audit-reconcile-cache'))).toBe(true)
  })

  it('warns, and still reports, when the cache cannot be written', async () => {
    const cwd = tempTree({ 'docs/status.md': status, 'blocker': 'a file where a directory is needed' })
    const warnings: string[] = []
    const result = await run(cwd, { cache: { location: 'blocker/sub/cache' }, onWarning: (m) => warnings.push(m) })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^cannot write the cache .*blocker\/sub\/cache: ENOTDIR$/)
  })
})
