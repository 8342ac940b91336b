import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'

/** Debian's chromium package; playwright-core drives it and downloads no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium'

/** Whether the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM)

/**
 * Set by .ci/run, which installs chromium when it is missing: there, a missing browser is a
 * failure, never a skipped test.
 */
export const browserRequired = process.env.AUDIT_RECONCILE_BROWSER_TESTS === 'required'

/** Why the browser tests do not run, in the words the skipped test is named with. */
export const NO_CHROMIUM = `skipped: no ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`

/** Headless chromium at CHROMIUM. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core')
  // --no-sandbox: CI containers run as root, where chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
}
