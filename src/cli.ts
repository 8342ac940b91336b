import { dirname, relative, resolve, sep } from 'node:path'
import { outputWidth, program, showProgress, toPlan, useColor, type CliPlan } from './cli-options.js'
import { AuditError, UsageError } from './contract/errors.js'
import type { Finding, RunResult } from './contract/result.js'
import type { FormatContext } from './report/types.js'
import { VERSION } from './contract/version.js'
import { oneLine } from './report/escape.js'

// Only commander and the option table load before argv is parsed; the rest is imported on
// demand, so --version, --help and usage errors start fast.

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  for (const stream of [process.stdout, process.stderr]) stopQuietlyOnClosedPipe(stream)
  // `audit-reconcile mcp`: the MCP server and its SDK load only here (a file named mcp: ./mcp).
  if (argv[2] === 'mcp') return (await import('./mcp/stdio.js')).serveStdio(argv.slice(3))
  const cmd = program()
  try {
    cmd.parse(argv)
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode
    return code === 0 ? 0 : 2
  }
  const plan = toPlan(cmd)
  const cwd = process.cwd()
  const [{ ruleCatalog }, { loadConfig }, { analyseOptions, effectiveConfig, mergeConfig }] = await Promise.all([
    import('./rules/catalog.js'), import('./config/load.js'), import('./config/resolve.js'),
  ])
  if (plan.listRules) {
    const { ruleList } = await import('./report/rule-list.js')
    process.stdout.write(ruleList(ruleCatalog))
    return 0
  }
  const loaded = await loadConfig({ cwd, ...(plan.configFile !== undefined ? { file: plan.configFile } : {}) })
  // zod loads only when flags set rules or the policy (or a config file was found).
  const overrides = Object.keys(plan.overrides).length === 0 ? {} : (await import('./config/overrides.js')).validateOverrides(plan.overrides)
  const config = mergeConfig(loaded.config, overrides)
  if (plan.printConfig !== undefined) {
    process.stdout.write(JSON.stringify(effectiveConfig(config, ruleCatalog), null, 2) + '\n')
    const { ignoreMatcher } = await import('./io/collect-files.js')
    if (ignoreMatcher(config.ignore ?? [], loaded.base, cwd)(plan.printConfig)) {
      process.stderr.write(`audit-reconcile: ${oneLine(plan.printConfig)} is skipped: it matches the config's "ignore" globs\n`)
    }
    return 0
  }
  // --staged or --changed-since with no paths: every staged (changed) document of the repository.
  const whole = plan.paths.length === 0 && (plan.staged || plan.changedSince !== undefined)
  const paths = whole ? [(await import('./history/select.js')).wholeRepository(plan, cwd)] : plan.paths
  if (paths.length === 0 && !plan.passOnNoFiles) {
    throw new UsageError('No paths given: name files, directories or globs, or "-" for standard input (see --help)')
  }
  if (plan.root !== undefined) {
    // A --root that names no directory would make every cited path missing: say so instead.
    const root = await (await import('./io/confine.js')).realFolder(plan.root, cwd)
    if ('error' in root) throw new UsageError(`--root ${root.error}`)
  }
  const [{ audit }, { errorsOnly, exitCode }, { findRepositoryRoot }] = await Promise.all([import('./run/audit.js'), import('./engine/gate.js'), import('./io/repository.js')])
  const progress = showProgress(process.stderr, process.env, plan.quiet) ? (await import('./progress.js')).progressLine(process.stderr) : undefined
  let result = await audit({
    paths,
    cwd,
    ...analyseOptions(config),
    ...(config.ignore ? { ignore: config.ignore, ignoreBase: loaded.base } : {}),
    ...(plan.ignorePatterns.length > 0 ? { ignorePatterns: plan.ignorePatterns } : {}),
    ...(plan.root !== undefined ? { root: plan.root } : {}),
    ...(plan.maxFileSize !== undefined ? { maxFileSize: plan.maxFileSize } : {}),
    ...(plan.since !== undefined ? { since: plan.since } : {}),
    ...(plan.changedSince !== undefined ? { changedSince: plan.changedSince } : {}),
    staged: plan.staged,
    // A repository with no markdown at all has nothing staged to check: that is no error.
    errorOnUnmatched: plan.errorOnUnmatched && !whole,
    ...(plan.stdinFilename ? { stdinFilename: plan.stdinFilename } : {}),
    ...(plan.paths.includes('-') ? { stdin: await readStdin() } : {}),
    ...(plan.cache ? { cache: plan.cache } : {}),
    concurrency: plan.concurrency,
    // The html report quotes the documents' lines.
    ...(plan.outputs.some((out) => out.format === 'html') ? { excerpts: true } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
    onWarning: (message: string) => process.stderr.write(`audit-reconcile: warning: ${oneLine(message)}\n`),
  })
  progress?.clear()
  let fixFailed = false
  if (plan.fix) ({ result, failed: fixFailed } = await fix(result, plan.fix.dryRun, plan, cwd))
  result = await baseline(result, plan, cwd)
  if (plan.quiet) result = errorsOnly(result)
  const ctx: FormatContext = { cwd, root: findRepositoryRoot(cwd) ?? cwd, color: false, rules: ruleCatalog, toolVersion: VERSION, quiet: plan.quiet }
  await writeReports(result, plan, ctx)
  // A --fix write that failed is an I/O error, whatever was found.
  const code = fixFailed ? 2 : exitCode(result, plan.gate)
  if (code === 1 && plan.gate.maxWarnings !== undefined && result.totals.warnings > plan.gate.maxWarnings) {
    const n = result.totals.warnings
    process.stderr.write(`audit-reconcile: ${n} warning${n === 1 ? '' : 's'}, more than --max-warnings ${plan.gate.maxWarnings} allows\n`)
  }
  return code
}

/**
 * A reader that stops early (`| head`) closes the pipe: the rest of the output is dropped and
 * the run ends as it would have, with no EPIPE trace. Any other write error still surfaces.
 */
function stopQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stream.destroy()
      return
    }
    throw error
  })
}

/** Applies --fix (or prints its diff with --dry-run); says what changed on stderr; drops the fixed findings; whether a write failed. */
async function fix(result: RunResult, dryRun: boolean, plan: CliPlan, cwd: string): Promise<{ result: RunResult; failed: boolean }> {
  const [{ applyFixes }, { withoutFindings }] = await Promise.all([import('./fix/apply-fixes.js'), import('./engine/summarize.js')])
  const outcome = await applyFixes(result, { cwd, dryRun })
  for (const line of outcome.messages) process.stderr.write(`audit-reconcile: ${oneLine(line)}\n`)
  // The diff shares standard output only with a pretty report; next to JSON or SARIF it goes to stderr.
  const prettyOut = plan.outputs.some((o) => o.format === 'pretty' && o.file === undefined)
  if (outcome.diff) (prettyOut ? process.stdout : process.stderr).write(outcome.diff)
  return { result: withoutFindings(result, outcome.fixed), failed: outcome.failed > 0 }
}

/** Writes a baseline (--write-baseline) and/or applies one (--baseline). */
async function baseline(result: RunResult, plan: CliPlan, cwd: string): Promise<RunResult> {
  const file = plan.writeBaseline ?? plan.baseline
  if (file === undefined) return result
  const [{ applyBaseline, makeBaseline }, { readBaseline, writeOutput }] = await Promise.all([import('./engine/baseline.js'), import('./io/files.js')])
  // Paths are stored relative to the baseline file, so it works from any working directory.
  const pathOf = (f: Finding) => (f.path === '<stdin>' ? f.path : relative(dirname(resolve(cwd, file)), resolve(cwd, f.path)).split(sep).join('/'))
  const recorded = plan.writeBaseline !== undefined ? makeBaseline(result.findings, pathOf) : await readBaseline(file, cwd)
  if (plan.writeBaseline !== undefined) await writeOutput(file, JSON.stringify(recorded, null, 2) + '\n', cwd, 'baseline')
  return applyBaseline(result, recorded, pathOf, file)
}

/** Formats the result once per output and writes each to its file or to standard output. */
async function writeReports(result: RunResult, plan: CliPlan, ctx: FormatContext): Promise<void> {
  const { loadFormatter } = await import('./report/index.js')
  for (const out of plan.outputs) {
    const formatter = await loadFormatter(out.format)
    const toStdout = out.file === undefined
    const color = toStdout && useColor(plan.color, process.stdout, process.env)
    const width = toStdout ? outputWidth(process.stdout, process.env) : undefined
    const text = formatter(result, { ...ctx, color, report: plan.report, ...(width !== undefined ? { width } : {}) })
    // io/files.js (and the baseline schema's zod with it) loads only to write a report file.
    if (out.file !== undefined) await (await import('./io/files.js')).writeOutput(out.file, text, ctx.cwd, `${out.format} report`)
    else process.stdout.write(text)
  }
  // Unreadable files are in every report; say so on stderr too when no pretty report shows them.
  if (!plan.outputs.some((out) => out.format === 'pretty' && out.file === undefined)) {
    for (const e of result.errors) process.stderr.write(`audit-reconcile: ${oneLine(e.path)}: ${oneLine(e.message)}\n`)
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

main(process.argv).then(
  (code) => { process.exitCode = code },
  (error: unknown) => {
    if (error instanceof AuditError) {
      for (const line of error.message.split('\n')) process.stderr.write(`audit-reconcile: ${oneLine(line)}\n`)
      process.exitCode = error.exitCode
    } else {
      process.stderr.write(`audit-reconcile: internal error, please report it\n${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 2
    }
  },
)
