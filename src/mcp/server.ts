// The Model Context Protocol server: the Node API (audit(), the rule catalog) as two tools a
// coding assistant can call before it claims that work is done. Loaded only by `audit-reconcile mcp`.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import { loadConfig } from '../config/load.js'
import { validateOverrides } from '../config/overrides.js'
import { analyseOptions, mergeConfig } from '../config/resolve.js'
import { configSchema } from '../config/schema.js'
import { ruleIdSchema, runResultSchema, type RuleId, type RunResult } from '../contract/result.js'
import { ruleCatalog } from '../rules/catalog.js'
import { ruleExamples } from '../rules/examples.js'
import { audit } from '../run/audit.js'
import { VERSION } from '../contract/version.js'
import { checkText } from './text.js'
import { DEFAULT_LIMITS, realRoot, ScopeError, scopedPaths, type CallLimits } from './scope.js'
import { isWithin } from '../io/confine.js'

/** Where the server runs: paths in tool calls are relative to `cwd`, and the config is found from it. */
export interface ServerOptions {
  cwd?: string
  /** The folder a call may read under (symlinks resolved); default `cwd`. */
  root?: string
  /** How much one call may read; default DEFAULT_LIMITS. */
  limits?: Partial<CallLimits>
}

const INSTRUCTIONS = `audit-reconcile reads markdown status and audit documents (STATUS.md, IMPLEMENTATION_STATUS.md, audit reports) and finds where they contradict themselves: an item marked done in one place and missing in another, totals and percentages that do not add up, "ALL ITEMS COMPLETE" while items are open, unfilled placeholders, mojibake. Call check_documents on a status document before claiming that work is done, and fix the contradictions it reports; explain_rule says what a rule means and how to satisfy it.`

const exampleSchema = z.object({
  markdown: z.string().describe('A small document the rule reports on (as STATUS.md)'),
  also: z.object({ path: z.string(), markdown: z.string() }).optional().describe('Another document of the same run'),
  before: z.string().optional().describe('The document as committed before, for the rules across time (run with --since HEAD)'),
  reports: z.string().describe('What the rule reports for it: line:column severity message'),
  note: z.string().optional(),
})

/** What explain_rule returns. */
export const ruleExplanationSchema = z.object({
  id: ruleIdSchema,
  defaultSeverity: z.enum(['error', 'warning']),
  scope: z.enum(['document', 'run', 'history']).describe('document: within one document; run: across the documents of one call; history: between a document and its version at a git revision (--since)'),
  description: z.string(),
  help: z.string().describe('What the rule finds and how to fix it'),
  examples: z.array(exampleSchema),
})

/** A server with the tools check_documents and explain_rule; connect it to a transport. */
export function createServer(options: ServerOptions = {}): McpServer {
  const cwd = options.cwd ?? process.cwd()
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  let scope: Promise<string> | undefined
  const serverRoot = () => (scope ??= realRoot(options.root ?? '.', cwd))
  const server = new McpServer({ name: 'audit-reconcile', title: 'audit-reconcile', version: VERSION }, { instructions: INSTRUCTIONS })

  server.registerTool('check_documents', {
    title: 'Check status documents for contradictions',
    description: 'Check markdown status/audit documents. Returns the findings (rule, severity, line, message, and the lines on the other side of each conflict) and, per document, every item with its claims and reconciled status, the stated summary beside the recomputed one, and totals. Several documents in one call are also checked against each other. The config file (.audit-reconcile.json/.yaml) is read from the server\'s working directory, as the CLI does.',
    inputSchema: {
      paths: z.array(z.string().min(1).max(4096)).min(1).max(limits.maxPaths).describe('Markdown files, directories or globs, relative to the server\'s working directory and under the folder it may read'),
      rules: configSchema.shape.rules.describe('Rule severities over the config file: { "placeholder": "off", "plan-conflict": "error" }'),
      policy: configSchema.shape.policy,
      root: z.string().min(1).max(4096).optional().describe('Repository root that cited file paths are checked under (default: the git top level), under the folder the server may read'),
    },
    outputSchema: runResultSchema,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  }, async ({ paths, rules, policy, root }) => {
    const loaded = await loadConfig({ cwd })
    const config = mergeConfig(loaded.config, validateOverrides({ ...(rules ? { rules } : {}), ...(policy ? { policy } : {}) }))
    const base = await serverRoot()
    const ignored = config.ignore ? { ignore: config.ignore, ignoreBase: loaded.base } : {}
    if (root !== undefined && !isWithin(await realRoot(root, cwd), base)) throw new ScopeError(`root ${root}: outside the folder this server may read (${base})`)
    const result: RunResult = await audit({
      paths: await scopedPaths(paths, base, limits, { cwd, ...ignored }),
      cwd,
      ...analyseOptions(config),
      ...ignored,
      ...(root !== undefined ? { root } : {}),
    })
    // The text is the report a person would read, not the JSON again: a whole report as JSON is
    // tens of kilobytes for two documents, and the structured content already carries it.
    return { content: [{ type: 'text', text: checkText(result, cwd) }], structuredContent: result }
  })

  server.registerTool('explain_rule', {
    title: 'Explain an audit-reconcile rule',
    description: 'What a rule of audit-reconcile finds, its default severity, how to fix what it reports, and an example document with the finding it produces.',
    inputSchema: { ruleId: ruleIdSchema.describe('A rule id, as in a finding\'s ruleId') },
    outputSchema: ruleExplanationSchema,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  }, ({ ruleId }) => {
    const explanation = explainRule(ruleId)
    return { content: [{ type: 'text', text: JSON.stringify(explanation) }], structuredContent: explanation }
  })
  return server
}

/** A rule's metadata and example, as explain_rule returns them. */
export function explainRule(id: RuleId): z.infer<typeof ruleExplanationSchema> {
  const meta = ruleCatalog.find((m) => m.id === id)!
  return {
    id,
    defaultSeverity: meta.defaultSeverity,
    scope: meta.scope ?? 'document',
    description: meta.description,
    help: meta.help,
    examples: [ruleExamples[id]],
  }
}
