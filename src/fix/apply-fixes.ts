import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Finding, RunResult } from '../contract/result.js'
import { planFixes } from './plan-fixes.js'
import { hashBytes, whyNotRewritten, writeAtomic } from '../io/write-atomic.js'
import { decode } from '../parse/decode.js'
import { mojibakeFix } from '../rules/encoding.js'
import type { Fix } from '../contract/result.js'

/** What --fix did: a line per file, a unified diff for --dry-run, and the findings it resolved. */
export interface FixOutcome {
  messages: string[]
  /** Files whose write was tried and failed (the run then exits 2). */
  failed: number
  diff: string
  fixed: Set<Finding>
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf])

/**
 * Applies the mechanical fixes the findings carry (today: mojibake repair) to their files,
 * or with `dryRun` only computes the diff. A file that changed since the run read it, that is
 * not valid UTF-8, a symbolic link, one of several hard links or read-only, is left alone with
 * a message; a write that fails is counted in `failed`.
 */
export async function applyFixes(result: Readonly<RunResult>, options: { cwd: string; dryRun: boolean }): Promise<FixOutcome> {
  const outcome: FixOutcome = { messages: [], failed: 0, diff: '', fixed: new Set() }
  for (const doc of result.documents) {
    const findings = result.findings.filter((f) => f.path === doc.path && f.fix !== undefined)
    if (findings.length === 0) continue
    const say = (what: string) => outcome.messages.push(`${doc.path}: ${what}`)
    if (doc.path === '<stdin>' || !['utf-8', 'utf-8-bom'].includes(doc.encoding)) { say(`not fixed: only UTF-8 files on disk are fixed`); continue }
    const file = resolve(options.cwd, doc.path)
    const bytes = await readFile(file).catch(() => undefined)
    if (!bytes || hashBytes(bytes) !== doc.hash) { say('not fixed: the file changed on disk since it was read'); continue }
    const hasBom = doc.encoding === 'utf-8-bom'
    let text: string
    try { text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) } catch { say('not fixed: the file holds invalid UTF-8 bytes'); continue }
    // The repair is made again from the bytes on disk, never taken from the findings alone: a
    // finding may come from a cache file, and a fix that does not follow from the file is not applied.
    const decoded = decode(bytes)
    const derived = decoded.kind === 'text' ? mojibakeFix(decoded.decoded.encoding.issues) : undefined
    if (!derived || !sameEdits(derived, findings.map((f) => f.fix!))) { say('not fixed: the repair does not follow from the file as it is (a stale or foreign cache?)'); continue }
    const plan = planFixes(text, [derived])
    if (plan.stale > 0 || plan.applied === 0) { say('not fixed: the text to repair is no longer where it was'); continue }
    const out = Buffer.concat([hasBom ? BOM : new Uint8Array(), Buffer.from(plan.text, 'utf8')])
    if (options.dryRun) {
      const { createTwoFilesPatch } = await import('diff')
      outcome.diff += createTwoFilesPatch(doc.path, doc.path, text, plan.text, '', '', { context: 1 })
    } else {
      const refused = await whyNotRewritten(file, options.cwd).catch((error: NodeJS.ErrnoException) => `cannot look at it (${error.code ?? error.message})`)
      if (refused) { say(`not fixed: ${refused}`); continue }
      try {
        await writeAtomic(file, out, doc.hash)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        say(`not fixed: ${code ? `cannot write it (${code})` : (error as Error).message}`)
        // A file that changed under the run (another --fix) was left alone on purpose; only an
        // error of the file system is a failed write.
        if (code) outcome.failed++
        continue
      }
      for (const f of findings) outcome.fixed.add(f)
    }
    say(`${options.dryRun ? 'would fix' : 'fixed'}: ${findings.map((f) => f.fix!.description.toLowerCase()).join(', ')}`)
  }
  return outcome
}

/** Whether the findings' fixes make exactly the edits of the repair derived from the file. */
function sameEdits(derived: Fix, given: readonly Fix[]): boolean {
  const key = (e: Fix['edits'][number]) => JSON.stringify([e.line, e.column, e.endLine, e.endColumn, e.original, e.text])
  const want = derived.edits.map(key).sort()
  const got = given.flatMap((f) => f.edits).map(key).sort()
  return want.length === got.length && want.every((k, i) => k === got[i])
}
