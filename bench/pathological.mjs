// npm run bench:pathological: time and peak memory of one run per pathological input.
// Not a test: it asserts nothing. Each file runs in its own process (the library, then the JSON
// formatter), so that each peak RSS is that file's alone.
//
// Inputs: ../shared/bench/gen-corpus.mjs --pathological and --single 10240 (see its header),
// plus the same shapes at a quarter and a half of their size, to show how time and memory grow.
// BENCH_QUICK=1 skips the 10 MB document and the scaling rows.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

if (process.argv[2] === '--one') await measureOne(process.argv[3])
else main()

/** Child mode: audit one file, format it as JSON, print what it cost. */
async function measureOne(file) {
  const { audit, formatters } = await import(pathToFileURL(join(root, 'dist/index.js')).href)
  const start = process.hrtime.bigint()
  const result = await audit({ paths: [file] })
  const json = formatters.json(result, { cwd: root, color: false, rules: [], toolVersion: '0' })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const note = result.errors[0]?.message ?? `${result.findings.length} findings, ${result.documents[0]?.items.length ?? 0} items`
  console.log(JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS, out: json.length, note }))
}

function main() {
  const dir = join(root, 'bench/.corpus/pathological')
  const generator = ['../shared/bench/gen-corpus.mjs', '../../shared/bench/gen-corpus.mjs'].map((p) => join(root, p)).find(existsSync)
  if (!generator) throw new Error('../shared/bench/gen-corpus.mjs not found')
  mkdirSync(dir, { recursive: true })
  const quick = process.env.BENCH_QUICK === '1'
  const gen = (...args) => spawnSync(process.execPath, [generator, '--out', dir, ...args], { stdio: 'ignore' })
  gen('--pathological')
  if (!quick) gen('--single', '10240')
  if (!quick) writeScaled(dir)
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort(bySeriesThenSize(dir))
  const pad = (s, n) => String(s).padEnd(n)
  const padL = (s, n) => String(s).padStart(n)
  console.log(`${pad('file', 26)}${padL('size', 10)}${padL('time', 11)}${padL('peak RSS', 11)}${padL('ms/MB', 9)}  result`)
  for (const file of files) {
    const bytes = statSync(join(dir, file)).size
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', join(dir, file)], { encoding: 'utf8', maxBuffer: 1 << 26 })
    const line = r.stdout.trim().split('\n').at(-1) ?? ''
    if (r.status !== 0 || !line.startsWith('{')) {
      console.log(`${pad(file, 26)}${padL(mb(bytes), 10)}  CRASHED (exit ${r.status}): ${(r.stderr.split('\n')[0] ?? '').slice(0, 80)}`)
      continue
    }
    const m = JSON.parse(line)
    console.log(`${pad(file, 26)}${padL(mb(bytes), 10)}${padL(`${(m.ms / 1000).toFixed(2)} s`, 11)}${padL(`${Math.round(m.rssKb / 1024)} MB`, 11)}${padL(Math.round(m.ms / (bytes / 1048576)), 9)}  ${m.note.slice(0, 70)}`)
  }
  console.log(`(one process per file, Node ${process.version}; corpus in ${dir})`)
}

/**
 * Quarter- and half-size versions of the shapes whose size can grow, in gen-corpus's line shapes;
 * and a nested checklist (not in gen-corpus), whose parse time grew with the square of its items.
 */
function writeScaled(dir) {
  const checklist = (items) => '# Checklist\n\n' + Array.from({ length: items }, (_, i) => `- Item ${i} ✅\n  - sub a ❌\n  - sub b ✅\n    - deep c`).join('\n') + '\n'
  writeFileSync(join(dir, 'path-nested-list.md'), checklist(12000))
  for (const [tag, part] of [['q', 4], ['h', 2]]) {
    writeFileSync(join(dir, `path-nested-list-${tag}.md`), checklist(12000 / part))
    const rows = 50000 / part
    writeFileSync(join(dir, `path-big-table-${tag}.md`), '# Big table\n\n| Item | Status | Count |\n|---|---|---|\n' + Array.from({ length: rows }, (_, i) => `| Item ${i} | ${i % 3 ? '✅ Done' : '❌ Missing'} | ${i} |`).join('\n') + '\n')
    writeFileSync(join(dir, `path-headings-${tag}.md`), Array.from({ length: 100000 / part }, (_, i) => `## Heading ${i} ${i % 2 ? '✅' : '❌'}\n`).join('\n'))
  }
}

function bySeriesThenSize(dir) {
  const series = (f) => f.replace(/-[qh]\.md$/, '.md')
  return (a, b) => series(a).localeCompare(series(b)) || statSync(join(dir, a)).size - statSync(join(dir, b)).size
}

function mb(bytes) {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
