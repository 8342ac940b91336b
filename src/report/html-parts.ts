import type { Excerpt } from '../contract/result.js'
import { escapeHtml as h } from './escape.js'

/** The statuses a bar shows, in its order; the first four always appear in its legend. */
const BAR_ORDER = ['done', 'partial', 'todo', 'disputed', 'blocked', 'na', 'unknown'] as const
const ALWAYS = 4

/** Where a document's lines are anchored: `d3-L118`. */
export function lineId(doc: number, line: number): string {
  return `d${doc}-L${line}`
}

/**
 * A stacked bar of items per status: one segment per status with items, each as wide as its
 * share (flex-grow by its count), then its legend with the counts as given.
 */
export function statusBar(byStatus: Readonly<Record<string, number>>, small = false): string {
  const label = legendParts(byStatus).map(([status, n]) => `${n} ${status}`).join(', ')
  const segments = BAR_ORDER.filter((s) => (byStatus[s] ?? 0) > 0)
    .map((s) => `<span class="st-${s}" data-status="${s}" data-count="${byStatus[s]}" style="flex-grow:${byStatus[s]}" title="${byStatus[s]} ${s}"></span>`)
  return `<div class="bar${small ? ' small' : ''}" role="img" aria-label="${h(label)}">${segments.join('')}</div>`
}

/** The counts beside a bar: `■ 36 done ■ 12 partial …`. */
export function legend(byStatus: Readonly<Record<string, number>>): string {
  return `<div class="legend">${legendParts(byStatus).map(([s, n]) => `<span class="st-${s}"><i></i>${n} ${s}</span>`).join('')}</div>`
}

function legendParts(byStatus: Readonly<Record<string, number>>): [string, number][] {
  return BAR_ORDER.map((s, i) => [s, byStatus[s] ?? 0] as [string, number]).filter(([, n], i) => i < ALWAYS || n > 0)
}

/** A status word as a coloured badge. */
export function badge(status: string): string {
  return `<span class="badge st-${h(status)}">${h(status)}</span>`
}

/** A place that a highlight covers: 1-based line and column, end exclusive. */
export interface Place { line: number; column: number; endLine: number; endColumn: number }

/**
 * The quoted lines of places, one block, each line with its number (drawn by the style sheet from
 * `data-ln`, so it is not copied with the text), the place's part of it marked and the place's note
 * after its first line; lines the result does not quote are left out, and nothing at all when it quotes none.
 */
export function excerptBlock(lines: ReadonlyMap<number, string> | undefined, places: readonly Place[], notes: readonly string[] = []): string {
  if (!lines) return ''
  const shown: string[] = []
  places.forEach((place, i) => excerptLines(lines, place, notes[i], shown))
  return shown.length > 0 ? `<pre class="excerpt">${shown.join('')}</pre>` : ''
}

function excerptLines(lines: ReadonlyMap<number, string>, place: Place, note: string | undefined, shown: string[]): void {
  // Shown after the place's first line by the style sheet: text, whatever it holds.
  const title = note === undefined ? '' : ` data-note="${h(note.replace(/`/g, ''))}"`
  for (let line = place.line; line <= place.endLine; line++) {
    const text = lines.get(line)
    if (text === undefined) continue
    const from = line === place.line ? place.column - 1 : 0
    const to = line === place.endLine ? place.endColumn - 1 : text.length
    shown.push(`<span data-ln="${line}"${line === place.line ? title : ''}>${marked(text, from, to)}</span>`)
  }
}

/** Every quoted line of a document, each anchored (`#d1-L5`) for the links of its claims. */
export function quotedLines(doc: number, excerpts: readonly Excerpt[]): string {
  const lines = excerpts.map((e) => `<span id="${lineId(doc, e.line)}" data-ln="${e.line}">${h(e.text)}</span>`)
  return `<pre class="excerpt">${lines.join('')}</pre>`
}

function marked(text: string, from: number, to: number): string {
  const start = Math.max(0, Math.min(from, text.length))
  const end = Math.max(start, Math.min(to, text.length))
  if (end === start) return h(text)
  return `${h(text.slice(0, start))}<mark>${h(text.slice(start, end))}</mark>${h(text.slice(end))}`
}

/** A message with its backticked names as code: escaped first, so no backtick can make markup. */
export function messageHtml(message: string): string {
  return h(message).replace(/`([^`]+)`/g, '<code>$1</code>')
}
