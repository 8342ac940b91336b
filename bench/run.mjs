// npm run bench: prints a table of timings, every row measured in the same run.
// Medians of several runs with their spread (min–max). Not a test: it asserts nothing.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(process.env.BENCH_RUNS ?? 15)

/** Wall time of a command, in milliseconds, over RUNS runs after one warm-up. */
function time(cmd, args) {
  spawnSync(cmd, args, { cwd: root, stdio: 'ignore' })
  const samples = []
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint()
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore' })
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`)
  }
  samples.sort((a, b) => a - b)
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples.at(-1) }
}

const rows = [
  ['node -e 0 (the floor)', time(process.execPath, ['-e', '0'])],
  ['audit-reconcile, one small document', time(process.execPath, ['bin/audit-reconcile.js', 'fixtures/examples/codebase-review.md'])],
  ['audit-reconcile, both examples, --format json', time(process.execPath, ['bin/audit-reconcile.js', '--format', 'json', 'fixtures/examples'])],
]
const floor = rows[0][1].median
const pad = (s, n) => String(s).padEnd(n)
console.log(`${pad('case', 48)}${pad('median ms', 12)}${pad('spread ms', 16)}vs floor`)
for (const [name, t] of rows) {
  console.log(`${pad(name, 48)}${pad(t.median.toFixed(1), 12)}${pad(`${t.min.toFixed(1)}–${t.max.toFixed(1)}`, 16)}${(t.median / floor).toFixed(2)}×`)
}
console.log(`(${RUNS} runs each, Node ${process.version})`)
