import type { RunResult } from '../contract/result.js'

/**
 * The one-line summary every human format ends or starts with:
 * `✖ 3 problems (2 errors, 1 warning) in 2 files` or `✔ No problems in 2 files`,
 * plus unreadable files and what a baseline suppressed. It reads the totals, never recounts.
 */
export function totalsLine(result: Pick<RunResult, 'totals' | 'baseline'> & Partial<Pick<RunResult, 'findings'>>): string {
  const { errors, warnings, files, fileErrors, uncertain } = result.totals
  // Uncertain findings are listed only when asked for; otherwise say how to see them.
  const shown = result.findings?.some((f) => f.confidence !== 'high') === true
  const extra = (fileErrors > 0 ? `, ${plural(fileErrors, 'file')} could not be read` : '')
    + (result.baseline ? `, ${plural(result.baseline.suppressed, 'finding')} suppressed by the baseline` : '')
    + (uncertain > 0 ? `, ${plural(uncertain, 'uncertain finding')}${shown ? '' : ' not shown (--include-uncertain)'}` : '')
  if (errors + warnings === 0) return `✔ No problems in ${plural(files, 'file')}${extra}`
  return `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}${extra}`
}

/** `1 file`, `2 files`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
