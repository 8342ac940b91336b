import type { Changes } from '../contract/changes.js'
import type { CrossItemResult, ReconciledItem } from '../contract/result.js'
import { changeRows, lineText, quietNote, valueText } from './changes-rows.js'
import { escapeHtml as h } from './escape.js'
import { badge, lineId } from './html-parts.js'

/** How a row's document is linked: its index in the page, for the documents the report shows. */
export type DocIndex = ReadonlyMap<string, number>

/**
 * A document's reconciled items as a sortable table (Item, Claims, Reconciled); each row carries
 * its status and `disputed` as classes for the filter, each claim links to its quoted line.
 */
export function itemsTable(doc: number, items: readonly ReconciledItem[]): string {
  const names = new Map(items.map((item) => [item.key, item.name]))
  const rows = items.map((item) => {
    const parent = item.parent === undefined ? undefined : names.get(item.parent)
    const name = parent === undefined ? h(item.name) : `<span class="muted">${h(parent)} ›</span> ${h(item.name)}`
    const subject = item.subject === undefined ? '' : ` <span class="muted">(${h(item.subject)})</span>`
    const claims = item.claims.map((c) => {
      const status = c.percent === undefined ? c.status : `${c.status} ${c.percent}%`
      return `<a class="claim badge st-${c.status}" href="#${lineId(doc, c.line)}" title="${h(c.raw)}">${h(status)} L${c.line}</a>`
    })
    const first = item.claims[0]?.line ?? 0
    return `<tr class="item st-${item.status}${item.disputed ? ' disputed' : ''}"><td${parent === undefined ? '' : ' class="sub"'}>${name}${subject}</td>`
      + `<td data-line="${first}">${claims.join(' ')}</td><td data-status="${item.status}" class="badge st-${item.status}">${item.status}</td></tr>`
  })
  const head = ['Item', 'Claims', 'Reconciled'].map((t, i) => `<th><button type="button" data-column="${i}">${t}</button></th>`).join('')
  return `<div class="scroll"><table class="items"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
}

/** Items several documents mention: what each document says, newest first, and what they reconcile to. */
export function crossTable(cross: readonly CrossItemResult[], docs: DocIndex, show: (path: string) => string): string {
  const rows = cross.map((item) => {
    // The contract lists the entries oldest first; a reader wants the latest word on top.
    const says = [...item.entries].reverse().map((e) => {
      const doc = docs.get(e.path)
      const where = doc === undefined ? `${h(show(e.path))}, line ${e.line}` : `<a href="#${lineId(doc, e.line)}">${h(show(e.path))}, line ${e.line}</a>`
      return `<li>${badge(e.status)} ${where} <span class="muted">(${h(e.date.slice(0, 10))})</span></li>`
    })
    return `<tr><td>${h(item.name)}</td><td>${badge(item.status)}</td><td><ul>${says.join('')}</ul></td></tr>`
  })
  return `<div class="scroll"><table class="cross"><thead><tr><th>Item</th><th>Reconciled</th><th>What each document says, newest first</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
}

/** What changed since the revision (`--since`), per document; regressions marked. */
export function changesBlock(changes: Readonly<Changes>, show: (path: string) => string): string {
  const blocks = changes.documents.map((doc) => {
    const rows = changeRows(doc)
    const title = `<h3>${h(show(doc.path))}${doc.previousPath ? ` <span class="muted">(was ${h(show(doc.previousPath))})</span>` : ''}</h3>`
    if (rows.length === 0) return `${title}<p class="muted">${h(quietNote(doc, changes.since))}</p>`
    const body = rows.map((row) => {
      const mark = row.change === 'regression' ? '▼ ' : row.change === 'progress' ? '▲ ' : ''
      const cls = row.change === 'regression' || row.change === 'progress' ? ` class="${row.change}"` : ''
      const note = row.note ? ` <span class="muted">(${h(row.note)})</span>` : ''
      return `<tr${cls}><td>${mark}${h(row.change)}</td><td>${h(row.subject)}${note}</td><td>${h(valueText(row))}</td><td>${h(lineText(row))}</td></tr>`
    })
    return `${title}<div class="scroll"><table class="changes"><thead><tr><th>Change</th><th>Item</th><th>Status</th><th>Where</th></tr></thead><tbody>${body.join('')}</tbody></table></div>`
  })
  return `<h2 id="changes">Changes since ${h(changes.since)} <span class="muted">(${h(changes.commit.slice(0, 12))})</span></h2>${blocks.join('')}`
}
