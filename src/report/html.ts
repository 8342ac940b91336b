import type { Finding, RunResult } from '../contract/result.js'
import { dateText } from './date-text.js'
import { escapeHtml as h } from './escape.js'
import { findingCard, ruleNotes, type QuotedLines } from './html-findings.js'
import { legend, quotedLines, statusBar } from './html-parts.js'
import { HTML_SCRIPT, HTML_SCRIPT_HASH } from './html-script.js'
import { HTML_STYLE } from './html-style.js'
import { changesBlock, crossTable, itemsTable, type DocIndex } from './html-tables.js'
import { displayPath } from './paths.js'
import { plural, totalsLine } from './totals-line.js'
import type { Formatter } from './types.js'

type DocumentResult = RunResult['documents'][number]

/**
 * The reconciled report as one self-contained page: an overview (a stacked bar of items per
 * status for each document), then per document its date, a bar per section, its findings with
 * both sides quoted from its own lines, its items (filterable, sortable, each claim linked to its
 * line); across documents, what each says newest first; with `--since`, what changed; the rules
 * named. Inline CSS and one constant script, allowed by hash in a Content-Security-Policy that
 * lets nothing else load or run; every string from a document is escaped. Documents' lines show
 * only when the result holds them (`excerpts`).
 */
export const html: Formatter = (result, ctx) => {
  const show = (path: string): string => displayPath(path, ctx.cwd)
  const docs: DocIndex = new Map(result.documents.map((d, i) => [d.path, i + 1]))
  const quoted: QuotedLines = new Map(result.documents.map((d) => [d.path, new Map((d.excerpts ?? []).map((e) => [e.line, e.text]))]))
  const byPath = new Map<string, Finding[]>()
  for (const f of result.findings) {
    const group = byPath.get(f.path)
    if (group) group.push(f)
    else byPath.set(f.path, [f])
  }
  const body: string[] = [header(result, ctx.toolVersion)]
  if (result.documents.length > 0) body.push(overview(result.documents, byPath, show))
  result.documents.forEach((doc, i) => body.push(documentSection(doc, i + 1, byPath.get(doc.path) ?? [], quoted, show)))
  const stray = result.findings.filter((f) => !docs.has(f.path))
  if (stray.length > 0) body.push(`<h2>Other findings</h2>${stray.map((f) => findingCard(f, quoted, show)).join('')}`)
  if (result.crossDocument.length > 0) body.push(`<h2 id="across">Across documents</h2>${crossTable(result.crossDocument, docs, show)}`)
  if (result.changes) body.push(changesBlock(result.changes, show))
  if (result.errors.length > 0) {
    body.push(`<h2 id="errors">Files that could not be read</h2><ul>${result.errors.map((e) => `<li><code>${h(show(e.path))}</code>: ${h(e.message)}</li>`).join('')}</ul>`)
  }
  body.push(ruleNotes(result.findings, ctx.rules))
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src '${HTML_SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`
  return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    + `<meta http-equiv="Content-Security-Policy" content="${csp}">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">'
    + `<title>${h(`Status report: ${totalsLine(result)}`)}</title><style>${HTML_STYLE}</style></head>\n`
    + `<body data-filter="all"><main>\n${body.join('\n')}\n</main><script>${HTML_SCRIPT}</script></body></html>\n`
}

function header(result: Readonly<RunResult>, version: string): string {
  const since = result.changes ? ` · changes since <code>${h(result.changes.since)}</code>` : ''
  const filters = [['all', 'all'], ['disputed', 'disputed'], ['notdone', 'not done']]
    .map(([value, label], i) => `<label><input type="radio" name="filter" value="${value}"${i === 0 ? ' checked' : ''}> ${label}</label>`).join('')
  return `<header><h1>Status report</h1><p class="totals">${h(totalsLine(result))}</p>`
    + `<p class="muted">audit-reconcile ${h(version)} · policy <code>${result.policy}</code> · ${plural(result.documents.length, 'document')}${since}</p></header>`
    + `<div class="filters" role="group" aria-label="Which items to show"><strong>Items:</strong>${filters}</div>`
}

function overview(documents: readonly DocumentResult[], byPath: ReadonlyMap<string, Finding[]>, show: (path: string) => string): string {
  const rows = documents.map((doc, i) => {
    const findings = byPath.get(doc.path)?.length ?? 0
    return `<tr><td><a href="#d${i + 1}">${h(show(doc.path))}</a></td><td>${doc.date ? h(dateText(doc.date)) : '<span class="muted">no date</span>'}</td>`
      + `<td class="barcell">${statusBar(doc.summary.byStatus)}${legend(doc.summary.byStatus)}</td><td>${plural(findings, 'finding')}</td></tr>`
  })
  return `<h2 id="overview">Documents</h2><div class="scroll"><table class="overview"><thead><tr><th>Document</th><th>Dated</th><th>Items</th><th>Findings</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
}

function documentSection(doc: DocumentResult, i: number, findings: readonly Finding[], quoted: QuotedLines, show: (path: string) => string): string {
  const parts = [`<section class="doc" id="d${i}"><h2>${h(show(doc.path))}</h2>`]
  const dated = doc.date ? `dated ${h(dateText(doc.date))}` : 'no date found'
  parts.push(`<p class="meta muted">${dated} · ${h(doc.encoding)} · ${plural(doc.summary.items, 'item')}</p>`)
  parts.push(statusBar(doc.summary.byStatus), legend(doc.summary.byStatus))
  if (doc.summary.sections.length > 0) {
    const rows = doc.summary.sections.map((s) =>
      `<li><span>${h(s.title)} <span class="muted">(line ${s.line})</span></span>${statusBar(s.byStatus, true)}<span class="n muted">${plural(s.items, 'item')}</span></li>`)
    parts.push(`<h3>By section</h3><ul class="sections">${rows.join('')}</ul>`)
  }
  if (findings.length > 0) parts.push(`<h3>Findings</h3>${findings.map((f) => findingCard(f, quoted, show)).join('')}`)
  if (doc.items.length > 0) parts.push(`<h3>Items</h3>${itemsTable(i, doc.items)}`)
  if (doc.excerpts && doc.excerpts.length > 0) {
    parts.push(`<details class="lines"><summary>The document's lines quoted here (${plural(doc.excerpts.length, 'line')})</summary>${quotedLines(i, doc.excerpts)}</details>`)
  }
  parts.push('</section>')
  return parts.join('')
}
