import type { Node } from 'unist'

/** 1-based line and column; the end is exclusive, as in unist and SARIF regions. */
export interface Span {
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** Maps a column of the decoded text back to the file's column on the same line. */
export type ColumnMap = (line: number, column: number) => number

const identity: ColumnMap = (_line, column) => column

/** The span of an mdast node, in file coordinates. Nodes without a position get line 1. */
export function spanOf(node: Node, map: ColumnMap = identity): Span {
  const start = node.position?.start
  const end = node.position?.end
  const line = start?.line ?? 1
  const endLine = end?.line ?? line
  return {
    line,
    column: map(line, start?.column ?? 1),
    endLine,
    endColumn: map(endLine, end?.column ?? 1),
  }
}

/** A span covering one line from `column` to `endColumn`. */
export function lineSpan(line: number, column: number, endColumn: number): Span {
  return { line, column, endLine: line, endColumn: Math.max(endColumn, column) }
}

/** Orders spans by start line, then column. */
export function compareSpan(a: Span, b: Span): number {
  return a.line - b.line || a.column - b.column
}
