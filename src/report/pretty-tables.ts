import { statedValue } from './stated-value.js'
import type { ChalkInstance } from 'chalk'
import { qualify } from '../contract/item-key.js'
import type { Finding, ReconciledItem, RunResult, Summary } from '../contract/result.js'
import { boxTable, type Cell } from './box-table.js'
import { oneLine } from './escape.js'
import type { ReportLevel } from './types.js'

type Stated = Summary['stated'][number]

/** Statuses the status line always names, then the others when some item has them. */
const ALWAYS = ['done', 'partial', 'todo', 'disputed']
const SOMETIMES = ['blocked', 'na', 'unknown']

/** One document's items in a line: `20 items: 13 done, 0 partial, 1 todo, 6 disputed`. */
export function statusLine(summary: Summary, c: ChalkInstance): string {
  const counts = [...ALWAYS, ...SOMETIMES.filter((s) => (summary.byStatus[s] ?? 0) > 0)].map((s) => {
    const n = summary.byStatus[s] ?? 0
    return s === 'disputed' && n > 0 ? c.red.bold(`${n} ${s}`) : `${n} ${s}`
  })
  return `${summary.items} ${summary.items === 1 ? 'item' : 'items'}: ${counts.join(', ')}`
}

/**
 * The reconciled items a report level shows: with `full` every one, else only the disputed
 * ones and those a finding names (the items of the findings shown above them).
 */
export function shownItems<T extends { name: string; status: string; parent?: string }>(items: readonly T[], findings: readonly Finding[], level: ReportLevel): T[] {
  if (level === 'full') return [...items]
  if (level === 'findings') return []
  const named = new Set(findings.flatMap((f) => f.items))
  // A finding names items by name: a sub-item of that name is meant only when no top-level item has it.
  const topLevel = new Set(items.filter((item) => item.parent === undefined).map((item) => item.name))
  const isNamed = (item: T) => named.has(item.name) && (item.parent === undefined || !topLevel.has(item.name))
  return items.filter((item) => item.status === 'disputed' || isNamed(item))
}

/** Reconciled items: name (with its parent's name), claims with lines, reconciled status. */
export function itemTable(shown: readonly ReconciledItem[], all: readonly ReconciledItem[], c: ChalkInstance, width?: number): string {
  // A sub-item's parent is the item whose path key (parent › key) it names.
  const names = new Map(all.map((item) => [qualify(item.parent, item.key), item.name]))
  const rows = shown.map((item): Cell[] => {
    const parent = item.parent === undefined ? undefined : names.get(item.parent)
    const name = parent === undefined ? item.name : `${parent} › ${item.name}`
    const claims = wrapList(item.claims.map((claim) => `${claim.status} L${claim.line}`), CLAIMS_WIDTH)
    return [oneLine(name), claims, reconciled(item.status, c)]
  })
  return table(['Item', 'Claims', 'Reconciled'], rows, c, width)
}

/**
 * Columns of claims on one line of a Claims cell. Every row is padded to its column's widest
 * line: one item claimed a thousand times in a 10 MB document made a 15,000-column cell, and
 * its 4,000-row table a report of 431 million characters.
 */
const CLAIMS_WIDTH = 120

/** Parts joined by ", ", a line break after the comma before a part that would take a line (and its comma) past `width` columns. */
function wrapList(parts: readonly string[], width: number): string {
  const lines: string[] = []
  let line = ''
  for (const part of parts) {
    if (line === '') line = part
    else if (line.length + 2 + part.length + 1 > width) {
      lines.push(`${line},`)
      line = part
    } else line += `, ${part}`
  }
  return [...lines, line].join('\n')
}

/** Items several documents mention: each document's word (oldest first) and the reconciled status. */
export function crossTable(items: RunResult['crossDocument'], show: (path: string) => string, c: ChalkInstance, width?: number): string {
  const rows: Cell[][] = []
  for (const item of items) {
    // One row per document rather than one many-line cell: the compact table looks the same.
    item.entries.forEach((e, i) => {
      const word = `${show(e.path)}:${e.line} ${e.status} (${e.date.slice(0, 10)})`
      rows.push(i === 0 ? [oneLine(item.name), word, reconciled(item.status, c)] : ['', word, ''])
    })
  }
  return table(['Item', 'Documents (oldest first)', 'Reconciled'], rows, c, width)
}

/** Stated numbers beside the numbers recomputed from the items. */
export function statedTable(stated: readonly Stated[], c: ChalkInstance, width?: number): string {
  const rows = stated.map((s) => {
    const subject = s.status === undefined ? s.subject : `${s.subject} (${s.status})`
    const again = s.recomputed === undefined ? '—' : statedValue(s.kind, s.recomputed)
    return [oneLine(subject), String(s.line), statedValue(s.kind, s.value), again, oneLine(s.against ?? 'nothing it sums up was found')]
  })
  return table(['Subject', 'Line', 'Stated', 'Recomputed', 'Compared with'], rows, c, width)
}

/** A compact table that fits the width, adding no colour of its own but the bold head. */
function table(head: string[], rows: Cell[][], c: ChalkInstance, width?: number): string {
  return boxTable(head.map((h) => ({ text: h, style: (t: string) => c.bold(t) })), rows, width)
}

function reconciled(status: string, c: ChalkInstance): Cell {
  return status === 'disputed' ? { text: status, style: (t) => c.red.bold(t) } : status
}
