/** A stretch of lines that a heading or label opens: it holds the lines after `line`, up to `endLine`. */
export interface LineRange {
  span: { line: number }
  endLine: number
}

/**
 * For every line, the innermost range that holds it (the one opened last), in one pass over the
 * ranges' lines: nested headings and labels make this linear in the document, where asking each
 * line of each range would be quadratic. Of ranges opened on the same line, the first that holds
 * the line wins.
 */
export function innermostRanges<R extends LineRange>(ranges: readonly R[]): (line: number) => R | undefined {
  // Written in order of opening, so that inner ranges overwrite outer ones; of ranges opened on one
  // line the first is written last.
  const order = ranges.map((r, i) => ({ r, i })).sort((a, b) => a.r.span.line - b.r.span.line || b.i - a.i)
  const opened = order.map((o) => o.r)
  const last = opened.reduce((max, r) => Math.max(max, r.endLine), 0)
  const at = new Int32Array(last + 1).fill(-1)
  opened.forEach((r, i) => {
    for (let line = r.span.line + 1; line <= r.endLine; line++) at[line] = i
  })
  return (line) => {
    const i = line >= 0 && line < at.length ? at[line]! : -1
    return i >= 0 ? opened[i] : undefined
  }
}
