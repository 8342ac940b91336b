import { Command, InvalidArgumentError, Option } from 'commander'
import { writeFile } from 'node:fs/promises'
import { AuditError, UsageError } from './errors.js'
import { parseSize } from './io/read-source.js'
import type { RunResult } from './report/json-schema.js'
import { VERSION } from './version.js'

const FORMATS = ['pretty', 'json'] as const
const EXAMPLES = `
Examples:
  $ audit-reconcile docs/*.md                 check status documents, print findings and reconciled items
  $ audit-reconcile docs/                     every *.md / *.markdown file under docs/
  $ audit-reconcile "docs/**/STATUS*.md"      a quoted glob
  $ audit-reconcile --format json STATUS.md   the versioned JSON report
  $ cat STATUS.md | audit-reconcile - --stdin-filename STATUS.md
  $ audit-reconcile --fail-on warning docs/   fail on warnings too (CI)

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, or a file could not be read (the other files are still checked)
`

/** The options commander hands over. */
interface CliOptions {
  format: (typeof FORMATS)[number]
  output?: string
  failOn: 'error' | 'warning' | 'never'
  policy: 'strict' | 'latest' | 'pessimistic' | 'optimistic'
  stdinFilename?: string
  color?: boolean
  maxFileSize?: number
}

function program(): Command {
  return new Command('audit-reconcile')
    .description('Find where markdown status and audit documents contradict themselves, and print a reconciled status report.')
    .argument('[paths...]', 'files, directories or quoted globs; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'never']).default('error'))
    .addOption(new Option('--policy <policy>', 'how conflicting claims reconcile: strict makes them "disputed"').choices(['strict', 'latest', 'pessimistic', 'optimistic']).default('strict'))
    .option('--stdin-filename <name>', 'name to report standard input under')
    .option('--max-file-size <size>', 'skip larger files with a message (bytes, or 512KB, 20MB; default 20MB)', sizeArg)
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also NO_COLOR=1)')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
}

function sizeArg(value: string): number {
  const bytes = parseSize(value)
  if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 20MB, 512KB or 1048576')
  return bytes
}

/** Whether to colour output for a stream, from the flag, NO_COLOR, FORCE_COLOR and the terminal. */
function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return stream.isTTY === true && env.TERM !== 'dumb'
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The exit code for a finished run. */
export function exitCode(result: RunResult, failOn: CliOptions['failOn']): number {
  if (result.errors.length > 0) return 2
  if (failOn === 'never') return 0
  if (result.totals.errors > 0) return 1
  return failOn === 'warning' && result.totals.warnings > 0 ? 1 : 0
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const cmd = program()
  try {
    cmd.parse(argv)
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode
    return code === 0 ? 0 : 2
  }
  const opts = cmd.opts<CliOptions>()
  const paths = cmd.args
  if (paths.length === 0) throw new UsageError('No paths given: name files, directories or globs, or "-" for standard input (see --help)')
  const [{ audit }, { formatters }, { rules }] = await Promise.all([import('./run.js'), import('./report/index.js'), import('./rules/index.js')])
  const result = await audit({
    paths,
    policy: opts.policy,
    ...(opts.stdinFilename ? { stdinFilename: opts.stdinFilename } : {}),
    ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
    ...(paths.includes('-') ? { stdin: await readStdin() } : {}),
  })
  const color = opts.output ? false : useColor(opts.color, process.stdout, process.env)
  const text = formatters[opts.format](result, { cwd: process.cwd(), color, rules: rules.map((r) => r.meta), toolVersion: VERSION })
  if (opts.output) await writeFile(opts.output, text)
  else process.stdout.write(text)
  return exitCode(result, opts.failOn)
}

main(process.argv).then(
  (code) => { process.exitCode = code },
  (error: unknown) => {
    if (error instanceof AuditError) {
      process.stderr.write(`audit-reconcile: ${error.message}\n`)
      process.exitCode = error.exitCode
    } else {
      process.stderr.write(`audit-reconcile: internal error, please report it\n${(error as Error)?.stack ?? String(error)}\n`)
      process.exitCode = 2
    }
  },
)
