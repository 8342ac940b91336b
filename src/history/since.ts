import { createHash } from 'node:crypto'
import { isAbsolute, join, relative } from 'node:path'
import { analyseBytes, type AnalyseOptions } from '../engine/analyse.js'
import { applyDirectives } from '../engine/directives.js'
import { toFinding } from '../engine/run-rules.js'
import { readAt, renamesSince, repositoryOf, resolveCommit } from '../io/git.js'
import { readSource } from '../io/read-source.js'
import type { Changes, DocumentChanges } from '../contract/changes.js'
import type { Finding } from '../contract/result.js'
import { historyRules } from '../rules/index.js'
import type { RuleContext, VersionPair } from '../rules/types.js'
import { diffDocuments } from '../model/history/diff.js'
import { documentChanges } from '../engine/changes.js'

/** What `--since` adds to a run: the changes of each document and the history rules' findings. */
export interface History {
  changes: Changes
  findings: Finding[]
}

/**
 * Reads each document's version at a revision (following renames git detects), analyses it
 * the same way, compares it with the current version and runs the history rules on the pairs.
 * A document the revision does not have is reported as added. `checked` are the report entries
 * of the documents checked (path and content hash), `files` the run's files. The run keeps no
 * document models (see workers/analyse-files.ts), so the current versions are modelled again
 * here: --since runs on the few documents of a change.
 */
export async function historySince(checked: readonly { path: string; hash: string }[], files: readonly string[], since: string, options: AnalyseOptions, cwd: string): Promise<History> {
  const results = await currentVersions(checked.filter((e) => files.includes(e.path)), options, cwd)
  const repo = repositoryOf(results.map((r) => r.document.path), cwd, '--since')
  const commit = await resolveCommit(repo.root, since, '--since')
  const renames = await renamesSince(repo.root, commit)
  const now = results.map((r) => repo.paths.get(r.document.path)!)
  const then = now.map((p) => renames.get(p) ?? p)
  const blobs = await readAt(repo.root, commit, then)
  const documents: DocumentChanges[] = []
  const pairs: VersionPair[] = []
  results.forEach((result, i) => {
    const bytes = blobs.get(then[i]!)
    const beforeRef = `${since}:${then[i]}`
    const before = bytes && analyseBytes(bytes, beforeRef, options)?.document
    const diff = diffDocuments(before, result.document, options.policy ?? 'strict')
    const renamed = bytes !== undefined && then[i] !== now[i]
    const state = !bytes ? 'added' : renamed ? 'renamed' : sha1(bytes) === result.entry.hash ? 'unchanged' : 'modified'
    const previousPath = renamed ? display(join(repo.root, then[i]!), cwd) : undefined
    documents.push(documentChanges(diff, { path: result.document.path, state, ...(previousPath !== undefined ? { previousPath } : {}) }))
    if (before) pairs.push({ since, beforeRef, diff })
  })
  return { changes: { since, commit, documents }, findings: checkPairs(pairs, options) }
}

/**
 * Runs the enabled history rules on compared documents; the runner stamps ids, severities and
 * messages, and the current version's inline directives apply (`disable-next-line status-regression`).
 */
export function checkPairs(pairs: readonly VersionPair[], options: AnalyseOptions): Finding[] {
  const ctx: RuleContext = { percentTolerance: options.percentTolerance ?? 1 }
  const findings: Finding[] = []
  for (const rule of historyRules) {
    const severity = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity
    if (severity === 'off') continue
    for (const draft of rule.check(pairs, ctx)) findings.push(toFinding(rule, draft, draft.path, severity))
  }
  // Unknown or unused directives are the document runner's to report, once.
  return pairs.flatMap(({ diff }) => applyDirectives(diff.after, findings.filter((f) => f.path === diff.after.path)).kept)
}

/** The current model of each document (standard input has no earlier version; an unreadable file was reported by the run). */
async function currentVersions(entries: readonly { path: string; hash: string }[], options: AnalyseOptions, cwd: string) {
  const out = []
  for (const entry of entries) {
    const source = await readSource(entry.path, cwd)
    const result = 'bytes' in source ? analyseBytes(source.bytes, entry.path, options) : undefined
    if (result) out.push(result)
  }
  return out
}

function sha1(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex')
}

/** A path relative to cwd when it lies under it, else absolute. */
function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs)
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel
}
