import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/contract/result.js'
import { browserRequired, CHROMIUM, hasChromium, launchChromium, NO_CHROMIUM } from '../helpers/browser.js'
import { runCli } from '../helpers/cli.js'
import { tempTree } from '../helpers/tmp.js'

// The page's globals, for the functions that run inside the browser: the project compiles without the DOM library.
type HTMLElement = { dataset: Record<string, string | undefined>; classList: { contains(name: string): boolean }; getBoundingClientRect(): { width: number } }
declare const document: {
  body: { dataset: Record<string, string | undefined>; innerText: string }
  documentElement: { scrollWidth: number }
  scripts: { length: number }
  images: { length: number }
  querySelectorAll(selector: string): { length: number }
}
declare const window: Record<string, unknown>
declare function getComputedStyle(element: unknown): { display: string; backgroundColor: string }

if (!hasChromium) process.stderr.write(`html-browser.test.ts: ${NO_CHROMIUM}\n`)

/** The html and json reports of the same paths, from the built CLI; the html in a temporary folder. */
function reports(paths: string[], cwd?: string): { url: string; result: RunResult } {
  const file = join(mkdtempSync(join(tmpdir(), 'audit-reconcile-html-')), 'report.html')
  const html = runCli(['--format', `html:${file}`, ...paths], cwd ? { cwd } : {})
  expect(html.stderr).toBe('')
  const json = runCli(['--format', 'json', ...paths], cwd ? { cwd } : {})
  return { url: pathToFileURL(file).href, result: JSON.parse(json.stdout) as RunResult }
}

/** How many item rows the page shows. */
const shownRows = (page: Page) => page.$$eval('tr.item', (rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').length)

describe.skipIf(!hasChromium)(`html report in headless chromium (${hasChromium ? CHROMIUM : NO_CHROMIUM})`, () => {
  let browser: Browser
  const shots = mkdtempSync(join(tmpdir(), 'audit-reconcile-screenshots-'))
  const examples = reports(['fixtures/examples'])

  beforeAll(async () => { browser = await launchChromium() }, 60_000)
  afterAll(async () => { await browser?.close() })

  it('draws every bar in the proportions of the JSON report\'s counts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(examples.url)
    const bars = await page.$$eval('section.doc > .bar', (els) => els.map((bar) => ({
      width: bar.getBoundingClientRect().width,
      segments: [...bar.children].map((s) => [(s as HTMLElement).dataset.status!, s.getBoundingClientRect().width] as const),
    })))
    expect(bars).toHaveLength(examples.result.documents.length)
    examples.result.documents.forEach((doc, i) => {
      const { width, segments } = bars[i]!
      const total = Object.values(doc.summary.byStatus).reduce((a, b) => a + b, 0)
      expect(total).toBe(doc.summary.items)
      expect(segments.map(([s]) => s).sort()).toEqual(Object.keys(doc.summary.byStatus).filter((s) => doc.summary.byStatus[s]! > 0).sort())
      // Within a pixel of the share the JSON report gives.
      for (const [status, w] of segments) expect(Math.abs(w - (width * doc.summary.byStatus[status]!) / total)).toBeLessThan(1)
    })
    await page.close()
  })

  it('shows only disputed items, or only those not done, when filtered, and all again', async () => {
    const items = examples.result.documents.flatMap((d) => d.items)
    const disputed = items.filter((i) => i.disputed).length
    const notDone = items.filter((i) => i.status !== 'done').length
    // Read by hand from the examples: 6 disputed items, 49 not done, of 98.
    expect([disputed, notDone, items.length]).toEqual([6, 49, 98])
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(examples.url)
    expect(await shownRows(page)).toBe(items.length)
    await page.check('input[name=filter][value=disputed]')
    expect(await shownRows(page)).toBe(disputed)
    expect(await page.$$eval('tr.item', (rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').every((r) => r.classList.contains('disputed')))).toBe(true)
    await page.check('input[name=filter][value=notdone]')
    expect(await shownRows(page)).toBe(notDone)
    // Printed, every row shows whatever the filter, and the filter itself does not.
    await page.emulateMedia({ media: 'print' })
    expect(await shownRows(page)).toBe(items.length)
    expect(await page.$eval('.filters', (el) => getComputedStyle(el).display)).toBe('none')
    await page.emulateMedia({ media: 'screen' })
    await page.check('input[name=filter][value=all]')
    expect(await shownRows(page)).toBe(items.length)
    await page.close()
  })

  it('sorts a table by a column, and opens the quoted line a claim links to', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(examples.url)
    const table = page.locator('#d2 table.items')
    await table.locator('th button', { hasText: 'Reconciled' }).click()
    const statuses = await table.locator('tbody td[data-status]').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.status))
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill('disputed'))
    expect(statuses.at(-1)).toBe('done')
    const claim = page.locator('#d2 a.claim').first()
    const target = (await claim.getAttribute('href'))!.slice(1)
    await claim.click()
    expect(await page.locator(`[id="${target}"]`).isVisible()).toBe(true)
    await page.close()
  })

  it('writes screenshots at 1280 px and at 360 px, the narrow one with nothing wider than the screen', async () => {
    for (const [width, scheme] of [[1280, 'light'], [360, 'light'], [1280, 'dark'], [360, 'dark']] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme })
      await page.goto(examples.url)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      const path = join(shots, `examples-${width}-${scheme}.png`)
      await page.screenshot({ path })
      expect(statSync(path).size).toBeGreaterThan(10_000)
      await page.close()
    }
    process.stderr.write(`html-browser.test.ts: screenshots in ${shots}\n`)
  })

  it('follows the reader\'s colour scheme', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      const page = await browser.newPage({ colorScheme: scheme })
      await page.goto(examples.url)
      const color = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      await page.close()
      return color
    }
    expect(await background('light')).toBe('rgb(255, 255, 255)')
    expect(await background('dark')).toBe('rgb(13, 17, 23)')
  })

  it('never runs a hostile document\'s script, and shows its text as text', async () => {
    const name = `evil "'<img src=x onerror=window.__pwned=1>.md`
    const dir = tempTree({
      [name]: [
        '# <script>window.__pwned = 2</script></style>', '',
        '## Backend', '', '- ✅ <img src=x onerror="window.__pwned=3"> Login', '', '## Frontend', '', '- ❌ <img src=x onerror="window.__pwned=3"> Login',
        '', '| Item | Status |', '|---|---|', '| <script>window.__pwned = 4</script> | ✅ Done |', '| <script>window.__pwned = 4</script> | ❌ Missing |', '',
      ].join('\n'),
    })
    const { url, result } = reports([name], dir)
    expect(result.findings.length).toBeGreaterThan(0)
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss() })
    await page.goto(url)
    // Our own script ran (the filter works), and nothing of the document's did.
    await page.check('input[name=filter][value=disputed]')
    expect(await page.evaluate(() => document.body.dataset.filter)).toBe('disputed')
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
    expect(await page.evaluate(() => [document.scripts.length, document.images.length, document.querySelectorAll('style').length])).toEqual([1, 0, 1])
    expect(dialogs).toEqual([])
    const text = await page.evaluate(() => document.body.innerText)
    expect(text).toContain('<script>window.__pwned = 4</script>')
    expect(text).toContain(name)
    await page.close()
  })
})

it('.ci/run installs chromium when it is missing and makes a missing browser fail the tests there', () => {
  const ci = readFileSync(join(import.meta.dirname, '../../.ci/run'), 'utf8')
  expect(ci).toMatch(/\[ -x \/usr\/bin\/chromium \] \|\| .*apt-get install -y chromium/)
  expect(ci).toMatch(/export AUDIT_RECONCILE_BROWSER_TESTS=required/)
  if (browserRequired) expect(hasChromium, `${CHROMIUM} is missing`).toBe(true)
})
