// node bench/html-filter.mjs REPORT.html: how long the html report's item filter takes to answer
// in headless chromium (Debian's /usr/bin/chromium through playwright-core): for each filter, from
// the change to the next frame drawn after it, and the style and layout work alone, median of several runs, in milliseconds, as JSON
// on standard output. Also the time the page took to load. Exits 3 when chromium is missing.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'
const RUNS = Number(process.env.BENCH_FILTER_RUNS ?? 5)
const file = process.argv[2]
if (!file) throw new Error('usage: node bench/html-filter.mjs REPORT.html')
if (!existsSync(CHROMIUM)) {
  process.stderr.write(`html-filter: no ${CHROMIUM} (apt-get install -y chromium)\n`)
  process.exit(3)
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const start = Date.now()
  await page.goto(pathToFileURL(resolve(file)).href, { timeout: 1_800_000, waitUntil: 'load' })
  // The first frame after load, so that the page is laid out before anything is timed.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  const loadMs = Date.now() - start
  const rows = await page.evaluate(() => document.querySelectorAll('tr.item').length)
  // Sets a filter as the reader would (a radio's change event) and resolves, after the frame that
  // shows the result has been drawn (the second requestAnimationFrame runs after that frame), with
  // the milliseconds since the change.
  const choose = (value) => page.evaluate((v) => new Promise((done) => {
    const input = document.querySelector(`input[name=filter][value=${v}]`)
    const t0 = performance.now()
    input.checked = true
    input.dispatchEvent(new Event('change'))
    // Style and layout forced at once: the work the change costs, without waiting for a frame.
    void document.documentElement.getBoundingClientRect()
    const work = performance.now() - t0
    requestAnimationFrame(() => requestAnimationFrame(() => done([work, performance.now() - t0])))
  }), value)
  const filters = {}
  for (const [value, from] of [['disputed', 'all'], ['notdone', 'all'], ['all', 'disputed']]) {
    const samples = []
    for (let i = 0; i < RUNS; i++) {
      await choose(from)
      samples.push(await choose(value))
    }
    const median = (xs) => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1] * 10) / 10
    filters[value] = { workMs: median(samples.map((s) => s[0])), frameMs: median(samples.map((s) => s[1])), maxFrameMs: Math.round(Math.max(...samples.map((s) => s[1])) * 10) / 10 }
  }
  process.stdout.write(JSON.stringify({ rows, loadMs, filters }) + '\n')
} finally {
  await browser.close()
}
