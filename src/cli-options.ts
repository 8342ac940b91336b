import { resolve } from 'node:path'
import { Command, InvalidArgumentError, Option } from 'commander'
import type { Config } from './config/schema.js'
import type { Gate } from './engine/gate.js'
import { UsageError } from './contract/errors.js'
import { parseSize } from './io/read-source.js'
import { FORMATS, isFormatName, type FormatName } from './report/index.js'
import { REPORT_LEVELS, type ReportLevel } from './report/types.js'
import { VERSION } from './contract/version.js'

const HELP = `
Commands:
  mcp                              serve the checks to coding assistants over the
                                   Model Context Protocol (stdio); see the README

Examples:
  $ audit-reconcile docs/                          every *.md / *.markdown file under docs/
  $ audit-reconcile "docs/**/STATUS*.md"           a quoted glob
  $ audit-reconcile --format json STATUS.md        the versioned JSON report
  $ audit-reconcile --format html:status.html docs/   a page for the people who read status reports
  $ audit-reconcile --format pretty --format sarif:results.sarif --format markdown:summary.md docs/
  $ audit-reconcile --rule placeholder=off --fail-on warning docs/
  $ audit-reconcile --write-baseline .audit-baseline.json docs/   accept today's findings
  $ audit-reconcile --baseline .audit-baseline.json docs/         fail only on new ones
  $ cat STATUS.md | audit-reconcile - --stdin-filename STATUS.md
  $ audit-reconcile --fix --dry-run docs/          show the mojibake repairs --fix would write
  $ audit-reconcile --since main --format markdown docs/   what the documents claim differently than on main
  $ audit-reconcile --staged                       check the staged documents of the repository (a git hook)
  $ audit-reconcile --cache "**/*.md"              analyse again only the files that changed since the last run
  $ audit-reconcile mcp                            a Model Context Protocol server over stdio, for coding assistants

Formats: ${FORMATS.join(', ')}

Exit codes:
  0  no finding at or above --fail-on (and no more warnings than --max-warnings)
  1  findings at or above --fail-on, or too many warnings
  2  usage or config error, a path that names no file, or a file that could not be read
`

/** One report to produce: a format and where it goes (standard output when no file). */
export interface Output { format: FormatName; file?: string }

/** What the command line asks for, translated from commander's options. */
export interface CliPlan {
  paths: string[]
  outputs: Output[]
  /** A config file to read, `false` for none (--no-config), undefined to search from cwd. */
  configFile?: string | false
  /** Settings from flags, laid over the config file's; validated with the config (see config/overrides.ts). */
  overrides: Record<string, unknown>
  gate: Gate
  quiet: boolean
  baseline?: string
  writeBaseline?: string
  errorOnUnmatched: boolean
  passOnNoFiles: boolean
  stdinFilename?: string
  printConfig?: string
  listRules: boolean
  color?: boolean
  /** --fix: write mechanical repairs; with dryRun, only print the diff. */
  fix?: { dryRun: boolean }
  /** --max-file-size: larger files are skipped with a message. */
  maxFileSize?: number
  /** --root: the repository root cited paths are checked under. */
  root?: string
  /** --ignore-pattern: gitignore-style patterns relative to cwd. */
  ignorePatterns: string[]
  /** --since: report what changed since this git revision. */
  since?: string
  /** --changed-since / --staged: check only the documents changed since a revision, or staged. */
  changedSince?: string
  staged: boolean
  /** --cache, with --cache-location when given. */
  cache?: { location?: string }
  /** --concurrency: worker threads, 'auto' or 'off'. */
  concurrency: number | 'auto' | 'off'
  /** --report: how much of the reconciled status the pretty report shows. */
  report: ReportLevel
}

/** The commander program; `exitOverride` so that main() decides the exit code. */
export function program(): Command {
  const collect = (value: string, previous: string[] = []) => [...previous, value]
  return new Command('audit-reconcile')
    .description('Find where markdown status and audit documents contradict themselves, and print a reconciled status report.')
    .argument('[paths...]', 'files, directories or quoted globs; "-" reads standard input')
    .option('-f, --format <format[:file]>', `output format, optionally to a file; repeatable (${FORMATS.join(', ')})`, collect)
    .option('-o, --output <file>', 'write the report of the one format given without a file to this file')
    .option('-c, --config <file>', 'read this config file instead of searching from the working directory')
    .option('--no-config', 'read no config file')
    .option('--rule <id=severity>', 'set a rule to off, warning or error; repeatable', collect)
    .addOption(new Option('--policy <policy>', 'how conflicting claims reconcile: strict makes them "disputed"').choices(['strict', 'latest', 'pessimistic', 'optimistic']))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'never']).default('error'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', count)
    .addOption(new Option('--report <level>', 'what the pretty report shows besides findings: nothing, a status line per document with its disputed items and those findings name, or every item').choices(REPORT_LEVELS).default('summary'))
    .option('-q, --quiet', 'report errors only; print nothing for a clean run')
    .option('--report-unused-directives', 'report disable directives that suppress nothing')
    .option('--include-uncertain', 'also report findings of medium confidence, marked "uncertain" (the exit code still counts only sure ones)')
    .option('--baseline <file>', 'report and fail only on findings not recorded in this baseline file')
    .option('--write-baseline <file>', 'record the current findings in a baseline file (and pass)')
    .option('--no-error-on-unmatched-pattern', 'do not fail on a path or glob that names no markdown file')
    .option('--pass-on-no-files', 'exit 0 when no path is given at all (a hook with no staged files)')
    .option('--stdin-filename <name>', 'name to report standard input under')
    .option('--ignore-pattern <pattern>', 'skip files matching a gitignore-style pattern, relative to the working directory; repeatable', collect)
    .option('--root <dir>', 'repository root that cited paths are checked under (default: the git top level)')
    .option('--max-file-size <size>', 'skip larger files with a message (bytes, or 512KB, 20MB; default 20MB)', sizeArg)
    .option('--cache', 'keep per-file results between runs; only changed files are analysed again')
    .option('--cache-location <path>', 'cache file, or directory to hold it (default: one per folder in ~/.cache/audit-reconcile)')
    .option('--concurrency <n|auto|off>', 'worker threads: auto uses one per core for large runs, off or 1 none', concurrencyOf, 'auto')
    .option('--fix', 'write mechanical repairs (mojibake) back to the files, atomically')
    .option('--dry-run', 'with --fix: print the unified diff and change nothing')
    .option('--since <rev>', 'also report what changed in each document since a git revision, and warn about regressions')
    .option('--changed-since <rev>', 'check only the documents changed since a git revision (the others still count across documents); with no paths, in the whole repository')
    .option('--staged', 'check only the documents staged for commit; with no paths, in the whole repository')
    .option('--print-config <file>', 'print the merged config that applies to a file, as JSON, and exit')
    .option('--list-rules', 'list every rule with its default severity and description, and exit')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also NO_COLOR=1)')
    .version(VERSION, '-V, --version')
    .addHelpText('after', HELP)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
}

function sizeArg(value: string): number {
  const bytes = parseSize(value)
  if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 20MB, 512KB or 1048576')
  return bytes
}

function concurrencyOf(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new InvalidArgumentError('expected a number of threads (1 or more), auto or off')
  return Number(value)
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more')
  return Number(value)
}

/** Translates commander's parsed options into a plan; a bad combination is a UsageError. */
export function toPlan(cmd: Command): CliPlan {
  const o = cmd.opts<Record<string, unknown>>()
  const str = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : undefined)
  const gate: Gate = { failOn: o.failOn as Gate['failOn'], ...(typeof o.maxWarnings === 'number' ? { maxWarnings: o.maxWarnings } : {}) }
  const overrides = {
    ...ruleOverrides((o.rule as string[] | undefined) ?? []),
    ...(str('policy') ? { policy: str('policy') as Config['policy'] } : {}),
    ...(o.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
    ...(o.includeUncertain ? { includeUncertain: true } : {}),
  }
  const plan: CliPlan = {
    paths: cmd.args,
    outputs: outputs((o.format as string[] | undefined) ?? [], str('output')),
    overrides,
    gate,
    quiet: o.quiet === true,
    errorOnUnmatched: o.errorOnUnmatchedPattern !== false,
    passOnNoFiles: o.passOnNoFiles === true,
    listRules: o.listRules === true,
    ignorePatterns: (o.ignorePattern as string[] | undefined) ?? [],
    staged: o.staged === true,
    concurrency: o.concurrency as CliPlan['concurrency'],
    report: o.report as ReportLevel,
  }
  if (o.cacheLocation !== undefined && o.cache !== true) throw new UsageError('--cache-location only makes sense with --cache')
  if (o.cache === true) plan.cache = str('cacheLocation') ? { location: str('cacheLocation')! } : {}
  if (o.dryRun === true && o.fix !== true) throw new UsageError('--dry-run only makes sense with --fix')
  if (o.fix === true) plan.fix = { dryRun: o.dryRun === true }
  if (str('root')) plan.root = str('root')!
  if (typeof o.maxFileSize === 'number') plan.maxFileSize = o.maxFileSize
  if (o.config === false || typeof o.config === 'string') plan.configFile = o.config
  for (const key of ['baseline', 'writeBaseline', 'stdinFilename', 'printConfig'] as const) if (str(key)) plan[key] = str(key)!
  // An empty revision is passed on, so that git's side can say it names nothing.
  for (const key of ['since', 'changedSince'] as const) if (str(key) !== undefined) plan[key] = str(key)!
  if (typeof o.color === 'boolean') plan.color = o.color
  return plan
}

/** `--format name[:file]` list and `--output` into outputs; at most one may go to standard output. */
function outputs(specs: readonly string[], output: string | undefined): Output[] {
  const list: Output[] = (specs.length > 0 ? specs : ['pretty']).map((spec) => {
    const colon = spec.indexOf(':')
    const name = colon < 0 ? spec : spec.slice(0, colon)
    const file = colon < 0 ? undefined : spec.slice(colon + 1)
    if (!isFormatName(name)) throw new UsageError(`--format ${spec}: unknown format "${name}", expected one of ${FORMATS.join(', ')}`)
    if (file === '') throw new UsageError(`--format ${spec}: expected a file name after "${name}:"`)
    return file === undefined ? { format: name } : { format: name, file }
  })
  const toStdout = list.filter((out) => out.file === undefined)
  if (output !== undefined) {
    if (toStdout.length !== 1) throw new UsageError('--output needs exactly one --format without a file of its own')
    toStdout[0]!.file = output
  } else if (toStdout.length > 1) {
    throw new UsageError(`only one format can go to standard output; give the others a file (--format ${toStdout[1]!.format}:FILE)`)
  }
  // Two reports written to one file would overwrite each other: the later one would win silently.
  const seen = new Map<string, FormatName>()
  for (const out of list) {
    if (out.file === undefined) continue
    const earlier = seen.get(resolve(out.file))
    if (earlier !== undefined) throw new UsageError(`--format ${earlier} and --format ${out.format} both write to ${out.file}; give each report its own file`)
    seen.set(resolve(out.file), out.format)
  }
  return list
}

/**
 * `--rule id=severity` flags as a config fragment. It is validated with the config, by the
 * config schema, which is not loaded here: --version and --help should not pay for zod.
 */
function ruleOverrides(flags: readonly string[]): { rules?: Record<string, string> } {
  if (flags.length === 0) return {}
  const rules: Record<string, string> = {}
  for (const flag of flags) {
    const eq = flag.indexOf('=')
    if (eq < 1) throw new UsageError(`--rule ${flag}: expected id=severity, e.g. --rule placeholder=off`)
    rules[flag.slice(0, eq).trim()] = flag.slice(eq + 1).trim()
  }
  return { rules }
}

/** Whether to colour output for a stream, from the flag, NO_COLOR, FORCE_COLOR and the terminal. */
export function useColor(flag: boolean | undefined, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return stream.isTTY === true && env.TERM !== 'dumb'
}

/** Columns a report to this stream should fit: the terminal's, else COLUMNS; none for a pipe or file without it. */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number | undefined {
  if (stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0) return stream.columns
  const columns = Number(env.COLUMNS)
  return Number.isInteger(columns) && columns > 0 ? columns : undefined
}

/** Whether to draw a progress line: only on a terminal, never in CI or with --quiet. */
export function showProgress(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false'
  return stream.isTTY === true && !quiet && !ci && env.TERM !== 'dumb'
}
