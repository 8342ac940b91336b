import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { UsageError } from '../contract/errors.js'
import { createServer } from './server.js'
import { realRoot } from './scope.js'

const USAGE = `Usage: audit-reconcile mcp [--root <dir>]

Start a Model Context Protocol server over standard input and output, with the tools
check_documents (paths → findings and reconciled items) and explain_rule (rule id →
description, help and an example). Paths are relative to the working directory, where
the config file is found too. A call reads only files under the working directory, or
under --root <dir> when given (symbolic links resolved): a path that leads out is refused.
Register it with a coding assistant as the command "npx audit-reconcile mcp".
`

/** `audit-reconcile mcp`: serves until the client closes standard input; resolves to the exit code. */
export async function serveStdio(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE)
    return 0
  }
  const root = rootArgument(args)
  if (root !== undefined) await realRoot(root, process.cwd()).catch((error: Error) => { throw new UsageError(`--root ${error.message}`) })
  const server = createServer(root !== undefined ? { root } : {})
  const closed = new Promise<void>((resolve) => { server.server.onclose = resolve })
  await server.connect(new StdioServerTransport())
  await closed
  return 0
}

/** The value of --root, the only option; anything else is a usage error. */
function rootArgument(args: readonly string[]): string | undefined {
  const [first, second, ...rest] = args
  if (first === undefined) return undefined
  const value = first === '--root' ? second : first.startsWith('--root=') ? first.slice('--root='.length) : undefined
  const extra = first === '--root' ? rest[0] : second
  if (value === undefined || value === '' || extra !== undefined) {
    throw new UsageError(`mcp takes only --root <dir>, found "${value === undefined || value === '' ? first : extra}" (run "audit-reconcile mcp --help")`)
  }
  return value
}
