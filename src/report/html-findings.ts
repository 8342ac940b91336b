import type { RuleMeta } from '../contract/rule-meta.js'
import type { Finding, Related } from '../contract/result.js'
import { escapeHtml as h } from './escape.js'
import { excerptBlock, messageHtml } from './html-parts.js'

/** Each document's quoted lines by line number, by the document's path as the result has it. */
export type QuotedLines = ReadonlyMap<string, ReadonlyMap<number, string>>

/**
 * One finding as a card: severity, rule (linked to its explanation further down), confidence,
 * the message, its own lines with the place marked, then the other side's lines, each with its
 * note, one block per document; where the result quotes no line, the places in words.
 */
export function findingCard(f: Readonly<Finding>, quoted: QuotedLines, show: (path: string) => string): string {
  const own = excerptBlock(quoted.get(f.path), [f])
  const sides = [`<div class="where">${h(show(f.path))}, ${lines([f])}</div>${own}`]
  const byPath = new Map<string, Related[]>()
  for (const r of f.related) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r])
  for (const [path, related] of byPath) {
    const excerpt = excerptBlock(quoted.get(path), related, related.map((r) => r.message))
    const where = path === f.path ? '' : ` in ${h(show(path))}`
    const said = excerpt !== '' ? `, ${lines(related)}` : `: ${related.map((r) => `${messageHtml(r.message)} (line ${r.line})`).join('; ')}`
    sides.push(`<div class="where">The other side${where}${said}</div>${excerpt}`)
  }
  const confidence = f.confidence === 'high' ? 'high confidence' : 'uncertain (medium confidence)'
  return `<article class="finding sev-${f.severity}" data-rule="${h(f.ruleId)}">`
    + `<div class="head"><span class="sev">${f.severity}</span><a class="rule" href="#rule-${h(f.ruleId)}"><code>${h(f.ruleId)}</code></a><span class="muted">${confidence}</span></div>`
    + `<p class="msg">${messageHtml(f.message)}</p>${sides.join('')}</article>`
}

function lines(places: readonly { line: number }[]): string {
  const numbers = [...new Set(places.map((p) => p.line))]
  return `${numbers.length === 1 ? 'line' : 'lines'} ${numbers.join(', ')}`
}

/** The explanation of every rule the findings name, in the catalog's order, each anchored `#rule-<id>`. */
export function ruleNotes(findings: readonly Finding[], rules: readonly RuleMeta[]): string {
  const named = new Set(findings.map((f) => f.ruleId))
  const notes = rules.filter((r) => named.has(r.id)).map((r) =>
    `<dt id="rule-${h(r.id)}"><code>${h(r.id)}</code> <span class="muted">(${r.defaultSeverity} by default)</span></dt>`
    + `<dd><p>${h(r.description)}</p><p>${h(r.help)}</p></dd>`)
  return notes.length > 0 ? `<h2 id="rules">Rules</h2><dl class="rules">${notes.join('')}</dl>` : ''
}
