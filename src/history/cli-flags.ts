import type { Command } from 'commander'
import type { AuditOptions } from '../run.js'

/** The command-line options of the history features, as commander hands them over. */
export interface HistoryFlags {
  since?: string
}

/** Adds --since to a command. */
export function addHistoryOptions(cmd: Command): Command {
  return cmd
    .option('--since <rev>', 'also report what changed in each document since a git revision (items, numbers, verdicts) and check for regressions')
}

/** The audit options the history flags ask for. */
export function historyOptions(flags: HistoryFlags): Pick<AuditOptions, 'since'> {
  return flags.since !== undefined ? { since: flags.since } : {}
}
