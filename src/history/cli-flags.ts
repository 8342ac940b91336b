import type { Command } from 'commander'
import type { AuditOptions } from '../run.js'

/** The command-line options of the history features, as commander hands them over. */
export interface HistoryFlags {
  since?: string
  changedSince?: string
  staged?: boolean
}

/** Adds --since, --changed-since and --staged to a command. */
export function addHistoryOptions(cmd: Command): Command {
  return cmd
    .option('--since <rev>', 'also report what changed in each document since a git revision (items, numbers, verdicts) and check for regressions')
    .option('--changed-since <rev>', 'check only the documents changed since a git revision (the others are still read for cross-document rules)')
    .option('--staged', 'check only the documents staged for commit (for pre-commit hooks)')
}

/** The audit options the history flags ask for. */
export function historyOptions(flags: HistoryFlags): Pick<AuditOptions, 'since' | 'changedSince' | 'staged'> {
  return {
    ...(flags.since !== undefined ? { since: flags.since } : {}),
    ...(flags.changedSince !== undefined ? { changedSince: flags.changedSince } : {}),
    ...(flags.staged ? { staged: true } : {}),
  }
}
