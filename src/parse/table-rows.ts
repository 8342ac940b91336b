// How micromark's GFM tables start, for the scans that run before the parse (limits.ts,
// chunks.ts): a delimiter row holds a pipe, and its cells are as many as the header row's.

const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/

/** Cells of a table row: unescaped pipes, less the leading and trailing ones. */
export function cellCount(line: string): number {
  const row = line.trim()
  let pipes = 0
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++
    else if (row[i] === '|') pipes++
  }
  return pipes + 1 - (row.startsWith('|') ? 1 : 0) - (row.length > 1 && row.endsWith('|') && !row.endsWith('\\|') ? 1 : 0)
}

/** Whether a line is a delimiter row: `| --- | :-: |`. Without a pipe, `---` is a setext underline or a rule. */
export function isDelimiterRow(line: string): boolean {
  if (!line.includes('|') || !line.includes('-')) return false
  let row = line.trim()
  if (row.startsWith('|')) row = row.slice(1)
  if (row.endsWith('|')) row = row.slice(0, -1)
  return row.split('|').every((cell) => DELIMITER_CELL.test(cell))
}

/** Whether `header` above `delimiter` starts a table. */
export function startsTable(header: string, delimiter: string): boolean {
  return isDelimiterRow(delimiter) && cellCount(header) === cellCount(delimiter)
}
