import type { Summary } from '../contract/result.js'

/** A stated or recomputed number as the reports write it: "6", "75%", "15% gap". */
export function statedValue(kind: Summary['stated'][number]['kind'], value: number): string {
  if (kind === 'percent') return `${value}%`
  if (kind === 'gap') return `${value}% gap`
  return String(value)
}
