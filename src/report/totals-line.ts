import type { RunResult } from '../contract/result.js'

/**
 * The one-line summary every human format ends or starts with:
 * `✖ 3 problems (2 errors, 1 warning) in 2 files`, `✔ No problems in 2 files`, or, when a
 * path could not be checked (a missing file, a glob that matches nothing, a line too long to
 * analyse: the run exits 2), `✖ 1 input error, no problems in 2 files`; plus what a baseline
 * suppressed. It reads the totals, never recounts.
 */
export function totalsLine(result: Pick<RunResult, 'totals' | 'baseline'> & Partial<Pick<RunResult, 'findings'>>): string {
  const { errors, warnings, files, fileErrors, uncertain } = result.totals
  // Uncertain findings are listed only when asked for; otherwise say how to see them.
  const shown = result.findings?.some((f) => f.confidence !== 'high') === true
  const extra = (result.baseline ? `, ${plural(result.baseline.suppressed, 'finding')} suppressed by the baseline` : '')
    + (uncertain > 0 ? `, ${plural(uncertain, 'uncertain finding')}${shown ? '' : ' not shown (--include-uncertain)'}` : '')
  const input = plural(fileErrors, 'input error')
  if (errors + warnings > 0) {
    const problems = `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}`
    return `✖ ${problems}${fileErrors > 0 ? `, ${input}` : ''}${extra}`
  }
  if (fileErrors > 0) return `✖ ${input}, no problems in ${plural(files, 'file')}${extra}`
  return `✔ No problems in ${plural(files, 'file')}${extra}`
}

/** `1 file`, `2 files`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
