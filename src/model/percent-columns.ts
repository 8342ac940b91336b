import { bareText } from './extract/count-tables.js'
import type { Table } from './number-types.js'

/**
 * The columns of a table that hold percentages: other than the naming column, more than half of
 * the rows a percentage that is not the share of a fraction. Callers want exactly one.
 */
export function percentColumns(table: Readonly<Table>, names: number): number[] {
  return table.header.map((_h, col) => col).filter((col) => col !== names
    && table.rows.filter((r) => r[col]?.percent !== undefined && r[col]?.of === undefined).length * 2 > table.rows.length)
}

/** The name a row gives in its naming column, emphasis, markers and numbering stripped. */
export function rowName(row: Table['rows'][number], names: number): string {
  return bareText((row[names]?.text ?? '').replace(/[*_`]/g, ''))
}
