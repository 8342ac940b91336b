import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { UsageError } from '../contract/errors.js'
import { createServer } from './server.js'

const USAGE = `Usage: audit-reconcile mcp

Start a Model Context Protocol server over standard input and output, with the tools
check_documents (paths → findings and reconciled items) and explain_rule (rule id →
description, help and an example). Paths are relative to the working directory, where
the config file is found too. Register it with a coding assistant as the command
"npx audit-reconcile mcp".
`

/** `audit-reconcile mcp`: serves until the client closes standard input; resolves to the exit code. */
export async function serveStdio(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE)
    return 0
  }
  if (args.length > 0) throw new UsageError(`mcp takes no arguments, found "${args[0]}" (run "audit-reconcile mcp --help")`)
  const server = createServer()
  const closed = new Promise<void>((resolve) => { server.server.onclose = resolve })
  await server.connect(new StdioServerTransport())
  await closed
  return 0
}
