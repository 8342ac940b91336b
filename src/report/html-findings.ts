import type { RuleMeta } from '../contract/rule-meta.js'
import type { Finding } from '../contract/result.js'
import { escapeHtml as h } from './escape.js'
import { excerptBlock, messageHtml } from './html-parts.js'

/** Each document's quoted lines by line number, by the document's path as the result has it. */
export type QuotedLines = ReadonlyMap<string, ReadonlyMap<number, string>>

/**
 * One finding as a card: severity, rule (linked to its explanation further down), confidence,
 * the message, and both sides as the documents' own lines with the places marked.
 */
export function findingCard(f: Readonly<Finding>, quoted: QuotedLines, show: (path: string) => string): string {
  const sides = [
    side(`${h(show(f.path))}, line ${f.line}`, excerptBlock(quoted.get(f.path), f)),
    ...f.related.map((r) => {
      const where = r.path === f.path ? `line ${r.line}` : `${h(show(r.path))}, line ${r.line}`
      return side(`${messageHtml(r.message)} — ${where}`, excerptBlock(quoted.get(r.path), r))
    }),
  ]
  const confidence = f.confidence === 'high' ? 'high confidence' : 'uncertain (medium confidence)'
  return `<article class="finding sev-${f.severity}" data-rule="${h(f.ruleId)}">`
    + `<div class="head"><span class="sev">${f.severity}</span><a class="rule" href="#rule-${h(f.ruleId)}"><code>${h(f.ruleId)}</code></a><span class="muted">${confidence}</span></div>`
    + `<p class="msg">${messageHtml(f.message)}</p>${sides.join('')}</article>`
}

function side(where: string, excerpt: string): string {
  return `<div class="where">${where}</div>${excerpt}`
}

/** The explanation of every rule the findings name, in the catalog's order, each anchored `#rule-<id>`. */
export function ruleNotes(findings: readonly Finding[], rules: readonly RuleMeta[]): string {
  const named = new Set(findings.map((f) => f.ruleId))
  const notes = rules.filter((r) => named.has(r.id)).map((r) =>
    `<dt id="rule-${h(r.id)}"><code>${h(r.id)}</code> <span class="muted">(${r.defaultSeverity} by default)</span></dt>`
    + `<dd><p>${h(r.description)}</p><p>${h(r.help)}</p></dd>`)
  return notes.length > 0 ? `<h2 id="rules">Rules</h2><dl class="rules">${notes.join('')}</dl>` : ''
}
