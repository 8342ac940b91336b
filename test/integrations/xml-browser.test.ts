import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchChromium, NO_CHROMIUM } from '../helpers/browser.js'
import { runCli } from '../helpers/cli.js'
import { tempTree } from '../helpers/tmp.js'

declare class DOMParser { parseFromString(text: string, type: string): { getElementsByTagName(name: string): { length: number }; documentElement: { textContent: string | null } } }

if (!hasChromium) process.stderr.write(`xml-browser.test.ts: ${NO_CHROMIUM}\n`)

// An item named with a CDATA end, control characters and bytes that are no UTF-8, in a file whose
// name holds a quote and an ampersand: what junit and checkstyle must carry through well-formed.
const hostile = Buffer.concat([
  Buffer.from('# Status\n\n## Login ]]> <x> \x01\x1b[31m\x7f ✅ Done\n\n| Item | Status |\n|---|---|\n| Login ]]> <x> \x01\x1b[31m\x7f | ❌ Not started |\n| Bad '),
  Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80]),
  Buffer.from(' bytes | ✅ Done |\n'),
])

describe.skipIf(!hasChromium)('junit and checkstyle reports in a real XML parser (chromium)', () => {
  let browser: Browser
  beforeAll(async () => { browser = await launchChromium() }, 60_000)
  afterAll(async () => { await browser?.close() })

  it('the parser refuses what an unescaped report would hold', async () => {
    const page = await browser.newPage()
    const errors = await page.evaluate((xs) => xs.map((x) => new DOMParser().parseFromString(x, 'application/xml').getElementsByTagName('parsererror').length), ['<a>x ]]> y</a>', '<a>\u0001</a>', '<a b="&"/>', '<a>ok</a>'])
    await page.close()
    expect(errors).toEqual([1, 1, 1, 0])
  })

  for (const format of ['junit', 'checkstyle']) {
    it(`${format} is well-formed XML and keeps the words of a hostile document`, async () => {
      const dir = tempTree({ 'a "b" & c.md': hostile })
      const run = runCli(['--format', format, 'a "b" & c.md'], { cwd: dir })
      expect(run.code, run.stderr).toBe(1)
      const page = await browser.newPage()
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml')
        return { errors: doc.getElementsByTagName('parsererror').length, text: doc.documentElement.textContent ?? '' }
      }, run.stdout)
      await page.close()
      expect(parsed.errors).toBe(0)
      expect(run.stdout).toContain('Login')
      expect(parsed.text + run.stdout).toMatch(/Login \]\]&gt;|Login \]\]>/)
    })
  }
})
