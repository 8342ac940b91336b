import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../helpers/cli.js'

interface Manifest { bin: Record<string, string>; main: string; types: string; exports: Record<string, string | Record<string, string>> }

// What `npm pack` puts in the tarball (dist/ is built by `npm test` before the tests run).
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const packed = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' })
const files = new Set(packed.status === 0 ? (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path) : [])
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Manifest

/** The relative imports of a packed module: static, dynamic and re-exports (JS and declarations). */
function importsOf(path: string): string[] {
  const text = readFileSync(join(REPO, path), 'utf8')
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\.?\/[^"']+)["']/g)].map((m) => m[1]!)
  return specs.map((spec) => {
    const target = normalize(join(dirname(path), spec)).split('\\').join('/')
    return path.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target
  })
}

describe('npm pack', () => {
  it('runs', () => {
    expect(packed.stderr).not.toMatch(/ERR!/)
    expect(packed.status).toBe(0)
  })

  it('holds the bin, dist with its types and its language tables, the config schema, README and package.json, and nothing else', () => {
    for (const path of files) expect(path).toMatch(/^(bin\/[\w-]+\.js|dist\/.+\.(js|d\.ts)|dist\/languages\/[a-z]{2}\.json|config\.schema\.json|README\.md|package\.json)$/)
    // The status vocabulary, read at run time one language at a time (src/model/languages.ts).
    for (const code of ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'zh', 'ja']) expect(files).toContain(`dist/languages/${code}.json`)
    for (const path of files) expect(path).not.toMatch(/^(src|test|fixtures|bench|scripts)\/|^action\.yml$|\.map$/)
    for (const path of ['bin/audit-reconcile.js', 'dist/cli.js', 'dist/index.js', 'dist/remark.js', 'dist/types/index.d.ts', 'dist/types/remark.d.ts', 'config.schema.json', 'README.md', 'package.json']) {
      expect(files, path).toContain(path)
    }
  })

  it('holds everything the bin, every export and the MCP server load, and every declaration they name', () => {
    const entries = [
      ...Object.values(manifest.bin), manifest.main, manifest.types,
      ...Object.values(manifest.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))),
    ].map((p) => normalize(p).split('\\').join('/'))
    const seen = new Set<string>()
    const walk = (path: string) => {
      if (seen.has(path)) return
      seen.add(path)
      expect(files, `${path} is packed`).toContain(path)
      if (/\.(m?js|d\.ts)$/.test(path)) for (const target of importsOf(path)) walk(target)
    }
    for (const entry of entries) walk(entry)
    // The MCP server is a chunk the CLI imports on demand: it must be reachable from the bin.
    const mcp = [...seen].filter((p) => p.startsWith('dist/chunks/') && readFileSync(join(REPO, p), 'utf8').includes('registerTool("check_documents"'))
    expect(mcp.length).toBeGreaterThan(0)
    expect(seen.size).toBeGreaterThan(30)
  })
})
