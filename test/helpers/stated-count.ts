import type { StatedCount } from '../../src/model/number-types.js'

/**
 * A stated number as the numbers extractor states one, read from a line of a summary section.
 * Cast so that it builds against the type before and after the extractor's fields (source, overall) land.
 */
export function statedCount(subject: string, value: number, line: number, extra: Partial<StatedCount> = {}): StatedCount {
  return {
    subject, value, kind: 'count', approximate: false, source: 'line', overall: false, sectionPath: ['Status', 'Summary'],
    span: { line, column: 1, endLine: line, endColumn: 20 },
    ...extra,
  } as StatedCount
}
