// npm run bench [-- --quick]: one table, every row measured in this run, each the median of
// several runs with its spread (min–max), wall time and CPU time (user + sys) side by side.
// Not a test: it asserts nothing; the last column says whether each target is met.
//
//   BENCH_RUNS=n        runs per cold-start row (default 10, --quick 5)
//   BENCH_HEAVY_RUNS=n  runs per corpus and large-document row (default 3, --quick 1)
//   --quick             a 200-file corpus instead of 2,000 (a few minutes in all)
//   BENCH_BASELINE=dir  another built checkout (say a worktree of an older commit): its cold start
//                       and corpus run are measured in the same minutes, for a before/after row
//
// The corpus comes from ../shared/bench/gen-corpus.mjs (fixed seed) into bench/.corpus/, which
// git ignores; it is generated once and reused while its parameters are the same.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const quick = process.argv.includes('--quick')
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 5 : 10))
const HEAVY = Number(process.env.BENCH_HEAVY_RUNS ?? (quick ? 1 : 3))
const FILES = quick ? 200 : 2000
const corpusRoot = join(root, 'bench/.corpus')
const generator = join(root, '../shared/bench/gen-corpus.mjs')
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Runs the generator once per parameter set; a stamp file remembers what a folder holds. */
function generate(dir, args) {
  const stamp = join(corpusRoot, `${dir}.stamp`)
  const want = JSON.stringify(args)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return join(corpusRoot, dir)
  if (!existsSync(generator)) throw new Error(`${generator} not found: the benchmark needs ../shared beside the repository`)
  rmSync(join(corpusRoot, dir), { recursive: true, force: true })
  const r = spawnSync(process.execPath, [generator, '--out', join(corpusRoot, dir), ...args], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`gen-corpus.mjs ${args.join(' ')} failed`)
  process.stderr.write(`bench: ${r.stdout.trim()}\n`)
  writeFileSync(stamp, want)
  return join(corpusRoot, dir)
}

/**
 * One run of a command: wall time from here, CPU time (user + sys, every thread) and peak
 * resident memory from /usr/bin/time, or, without it, from a preloaded module that reports
 * process.resourceUsage() at exit (node commands only).
 */
function once(cmd, args, { env = {}, timeoutMs = 600_000, cwd = root } = {}) {
  const out = join(tmpdir(), `audit-reconcile-bench-${process.pid}.txt`)
  rmSync(out, { force: true })
  const [file, argv] = TIME
    ? [TIME, ['-f', '%U %S %M', '-o', out, cmd, ...args]]
    : [cmd, ['--import', join(root, 'bench/usage-at-exit.mjs'), ...args]]
  const start = process.hrtime.bigint()
  const r = spawnSync(file, argv, { cwd, stdio: 'ignore', env: { ...process.env, ...env, BENCH_USAGE_FILE: out }, timeout: timeoutMs })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { wall, cpu: NaN, rss: NaN, failed: `stopped after ${timeoutMs / 1000} s` }
  const text = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').at(-1) : ''
  const [user, sys, rssKb] = text.split(' ').map(Number)
  const status = TIME ? Number(/exit status (\d+)/.exec(readFileSync(out, 'utf8'))?.[1] ?? 0) : r.status
  if (status !== 0 && status !== 1) return { wall, cpu: NaN, rss: NaN, failed: `exit ${status}` }
  return { wall, cpu: user + sys, rss: rssKb / 1024 }
}

/** Median and spread of `runs` runs after `warmup` untimed ones. */
function measure(cmd, args, { runs = RUNS, warmup = 1, before, ...options } = {}) {
  for (let i = 0; i < warmup; i++) { before?.(); once(cmd, args, options) }
  const samples = []
  for (let i = 0; i < runs; i++) {
    before?.()
    const s = once(cmd, args, options)
    if (s.failed) return { failed: s.failed, wall: stats([s.wall]) }
    samples.push(s)
  }
  return { wall: stats(samples.map((s) => s.wall)), cpu: stats(samples.map((s) => s.cpu)), rss: stats(samples.map((s) => s.rss)) }
}

function stats(values) {
  const v = [...values].sort((a, b) => a - b)
  const mid = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2
  return { median: mid, min: v[0], max: v.at(-1) }
}

// The corpus and the parser floor (unified + remark-parse + remark-gfm, bundled as we bundle).
mkdirSync(corpusRoot, { recursive: true })
const corpus = generate(`corpus-${FILES}`, ['--files', String(FILES), '--size', '20', '--seed', '1'])
const singles = generate('single', ['--single', '10', '--seed', '1'])
const mb1 = generate('single-1mb', ['--single', '1024', '--seed', '1'])
const mb10 = generate('single-10mb', ['--single', '10240', '--seed', '1'])
const patho = generate('pathological', ['--pathological'])
const small = join(singles, 'single-10.md')
const floorBundle = join(corpusRoot, 'parse-floor.bundle.mjs')
await build({ entryPoints: [join(root, 'bench/parse-floor.mjs')], outfile: floorBundle, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' })
const corpusMb = (dirBytes(corpus) / 1048576).toFixed(1)
const cacheFile = join(corpusRoot, 'bench-cache')

const node = process.execPath
const ours = (...args) => [node, [join(root, 'bin/audit-reconcile.js'), ...args]]
const baseline = process.env.BENCH_BASELINE
const theirs = (...args) => [node, [join(baseline ?? root, 'bin/audit-reconcile.js'), ...args]]
const baselineName = baseline ? `${spawnSync('git', ['-C', baseline, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || baseline}` : ''
const mdl = (...args) => [node, [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), ...args]]
const floor = (...args) => [node, [floorBundle, ...args]]
const load0 = loadavg()[0]

const rows = []
const row = (group, name, m) => { rows.push({ group, name, m }); process.stderr.write(`bench: ${name}: ${m.failed ?? `${m.wall.median.toFixed(2)} s`}\n`); return m }

const coldNode = row('cold', '`node -e 0` (the floor)', measure(node, ['-e', '0']))
const coldFloor = row('cold', 'load + parse floor (bundled unified+remark-parse+remark-gfm)', measure(...floor(small)))
const coldOurs = row('cold', 'audit-reconcile', measure(...ours(small)))
const coldBase = baseline ? row('cold', `audit-reconcile at ${baselineName} (BENCH_BASELINE)`, measure(...theirs(small))) : undefined
const coldMdl = row('cold', 'markdownlint-cli2 0.22', measure(...mdl(small)))

// Run from inside the corpus folder, the files named one by one: bench/.corpus/ is git-ignored, and
// audit-reconcile skips git-ignored files when it walks a directory (named files are always read).
const heavy = { runs: HEAVY, warmup: 0, timeoutMs: 1_800_000 }
const inCorpus = { ...heavy, cwd: corpus }
const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()
const corpusFloor = row('corpus', 'bare parse, one process (the floor)', measure(...floor('.'), inCorpus))
const corpusOurs = row('corpus', 'audit-reconcile (workers: auto)', measure(...ours(...files), inCorpus))
const corpusBase = baseline ? row('corpus', `audit-reconcile at ${baselineName} (BENCH_BASELINE)`, measure(...theirs(...files), inCorpus)) : undefined
const corpusMdl = row('corpus', 'markdownlint-cli2 0.22', measure(...mdl('*.md'), inCorpus))
rmSync(cacheFile, { force: true })
once(...ours('--cache', '--cache-location', cacheFile, ...files), { cwd: corpus })
const corpusCached = row('corpus', 'audit-reconcile --cache, nothing changed', measure(...ours('--cache', '--cache-location', cacheFile, ...files), { runs: RUNS, warmup: 0, cwd: corpus }))

// The html report of the corpus against the json one (same run otherwise), and its filter in a browser.
const htmlFile = join(corpusRoot, 'corpus-report.html')
const corpusJson = row('html', 'audit-reconcile --format json (to a file)', measure(...ours('--format', `json:${join(corpusRoot, 'corpus-report.json')}`, ...files), inCorpus))
const corpusHtml = row('html', 'audit-reconcile --format html (to a file)', measure(...ours('--format', `html:${htmlFile}`, ...files), inCorpus))
const filter = spawnSync(node, [join(root, 'bench/html-filter.mjs'), htmlFile], { cwd: root, encoding: 'utf8', timeout: 1_800_000 })
const filterResult = filter.status === 0 ? JSON.parse(filter.stdout) : undefined

const lin1 = row('linear', 'audit-reconcile, one 1 MB document', measure(...ours(join(mb1, 'single-1024.md')), heavy))
const lin10 = row('linear', 'audit-reconcile, one 10 MB document', measure(...ours(join(mb10, 'single-10240.md')), heavy))

const patho1 = ['path-long-line.md', 'path-big-table.md', 'path-deep-quote.md', 'path-deep-list.md', 'path-headings.md']
  .map((f) => row('patho', `audit-reconcile ${f}`, measure(...ours(join(patho, f)), { runs: 1, warmup: 0, timeoutMs: quick ? 120_000 : 300_000 })))

// The table.
const s = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–')
const spread = (st, digits = 2) => (st ? `${s(st.median, digits)} (${s(st.min, digits)}–${s(st.max, digits)})` : '–')
const ratio = (a, b) => (a && b ? a.median / b.median : NaN)
const verdict = (value, target, atMost) => (Number.isFinite(value) ? (atMost ? value <= target : value >= target) ? 'met' : 'missed' : '–')
const targets = new Map([
  [coldOurs, () => {
    const r = ratio(coldOurs.cpu, coldFloor.cpu)
    const w = ratio(coldMdl.wall, coldOurs.wall)
    return [`CPU ${s(r)}× floor, mdl ${s(w)}× slower`, `≤ 1.15× floor, mdl ≥ 2×: ${verdict(r, 1.15, true)}, ${verdict(w, 2)}`]
  }],
  [coldFloor, () => [`CPU ${s(ratio(coldFloor.cpu, coldNode.cpu))}× node -e 0`, '']],
  [coldMdl, () => [`CPU ${s(ratio(coldMdl.cpu, coldOurs.cpu))}× ours`, '']],
  [corpusOurs, () => {
    const w = ratio(corpusMdl.wall, corpusOurs.wall)
    const c = ratio(corpusOurs.cpu, corpusFloor.cpu)
    const m = corpusOurs.rss?.median
    return [`mdl ${s(w)}× slower (wall); CPU ${s(c)}× floor; ${s(m, 0)} MB`, `mdl ≥ 1.8×: ${verdict(w, 1.8)}; CPU ≤ 1.15×: ${verdict(c, 1.15, true)}; < 300 MB: ${verdict(m, 300, true)}`]
  }],
  [coldBase, () => {
    const c = ratio(coldOurs.cpu, coldBase.cpu) - 1
    return [`ours ${s(c * 100, 1)}% CPU against it`, `within 5%: ${verdict(c * 100, 5, true)}`]
  }],
  [corpusBase, () => {
    const c = ratio(corpusOurs.cpu, corpusBase.cpu) - 1
    const w = ratio(corpusOurs.wall, corpusBase.wall) - 1
    return [`ours ${s(c * 100, 1)}% CPU, ${s(w * 100, 1)}% wall against it`, `no loss over 10%: ${verdict(c * 100, 10, true)}`]
  }],
  [corpusCached, () => {
    const w = ratio(corpusOurs.wall, corpusCached.wall)
    return [`${s(w, 1)}× faster than without`, `≥ 10×: ${verdict(w, 10)}`]
  }],
  [corpusHtml, () => {
    const w = ratio(corpusHtml.wall, corpusJson.wall) - 1
    const c = ratio(corpusHtml.cpu, corpusJson.cpu) - 1
    return [`${s(w * 100, 1)}% wall, ${s(c * 100, 1)}% CPU over json; ${(statSync(htmlFile).size / 1048576).toFixed(0)} MB`, `< 5%: ${verdict(c * 100, 5, true)}`]
  }],
  [lin10, () => {
    const w = ratio(lin10.wall, lin1.wall)
    const c = ratio(lin10.cpu, lin1.cpu)
    return [`${s(w, 1)}× the 1 MB time (CPU ${s(c, 1)}×)`, `≤ 12×: ${verdict(w, 12, true)}`]
  }],
])
const groups = {
  cold: `Cold start, one ${(statSync(small).size / 1024).toFixed(0)} KB document (${RUNS} runs)`,
  corpus: `Corpus: ${FILES} files, ${corpusMb} MB (gen-corpus --files ${FILES} --size 20 --seed 1; ${HEAVY} run(s), cache ${RUNS})`,
  html: `The html report of the corpus (${HEAVY} run(s))`,
  linear: `Time linear in size (${HEAVY} run(s))`,
  patho: 'Pathological files of the generator (1 run each)',
}
const header = ['case', 'wall s, median (min–max)', 'CPU s, median (min–max)', 'peak MB', 'ratio', 'target']
const body = []
let last
for (const { group, name, m } of rows) {
  if (group !== last) { body.push([`**${groups[group]}**`, '', '', '', '', '']); last = group }
  const [r, t] = targets.get(m)?.() ?? ['', '']
  body.push([name, m.failed ? `${m.failed}` : spread(m.wall), m.failed ? '–' : spread(m.cpu), m.failed ? '–' : s(m.rss.median, 0), r, t])
}
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.log(line(header))
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
for (const b of body) console.log(line(b))
console.log()
console.log(`Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${load0.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end.`)
console.log('The machine may be shared: CPU time (user + sys of every thread, from /usr/bin/time or process.resourceUsage) is the steadier measure; wall time includes waiting for a core.')
if (filterResult) {
  const f = filterResult.filters
  const ms = (x) => `${x.frameMs} ms to the next frame (${x.workMs} ms of style and layout)`
  console.log(`The html report of the corpus in headless chromium: ${filterResult.rows} item rows, loaded in ${(filterResult.loadMs / 1000).toFixed(1)} s; filter "disputed" ${ms(f.disputed)}, "not done" ${ms(f.notdone)}, "all" ${ms(f.all)} (median; a frame is 16.7 ms; target: a frame or two).`)
} else {
  console.log(`The html report's filter was not timed: ${filter.status === 3 ? 'no /usr/bin/chromium (apt-get install -y chromium)' : `bench/html-filter.mjs failed (${filter.status ?? filter.signal}): ${filter.stderr.trim().split('\n').at(-1)}`}.`)
}
console.log('markdownlint-cli2 runs with its default rules on the same files; audit-reconcile with its defaults (pretty report to /dev/null, worker threads "auto").')

// What start-up pulls in: the modules one cold run loads, by package, from the build's metafile
// (scripts/build.mjs writes it), and the heavy ones it must not load for a plain run.
const loads = spawnSync(node, ['--import', join(root, 'bench/trace-loads.mjs'), join(root, 'bin/audit-reconcile.js'), small], { cwd: root, encoding: 'utf8' }).stderr
  .split('\n').filter((l) => l.startsWith('load ')).map((l) => l.split(' ')[1]).filter((u) => u.includes('/dist/'))
const metaFile = join(root, 'node_modules/.cache/audit-reconcile/metafile.json')
if (existsSync(metaFile)) {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8'))
  const byPackage = new Map()
  for (const url of loads) {
    const out = meta.outputs[`dist/${url.split('/dist/')[1]}`]
    for (const [input, { bytesInOutput }] of Object.entries(out?.inputs ?? {})) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? 'audit-reconcile'
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput)
    }
  }
  const total = [...byPackage.values()].reduce((a, b) => a + b, 0)
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, b]) => `${n} ${(b / 1024).toFixed(0)}`).join(', ')
  const absent = ['zod', 'yaml', 'lilconfig', 'tinyglobby', 'tinypool', 'cli-table3', 'diff', 'ignore'].filter((p) => !byPackage.has(p))
  console.log(`Start-up on one document (pretty, no config file) loads ${loads.length} bundle files, ${(total / 1024).toFixed(0)} KB of code (KB, largest first: ${top}, …); not loaded: ${absent.join(', ')}.`)
}

// A robustness benchmark of its own (bench/pathological.mjs), when present, runs after the table.
const pathological = join(root, 'bench/pathological.mjs')
if (existsSync(pathological)) spawnSync(node, [pathological], { cwd: root, stdio: 'inherit' })

function dirBytes(dir) {
  return spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t').map(Number)[0] || 0
}
