import type { Document } from '../model/types.js'
import { DIRECTIVE_NAMES, type Directive } from '../parse/directives.js'
import type { Finding } from '../contract/result.js'
import { RULE_IDS } from '../contract/rule-ids.js'
import type { Draft } from '../rules/types.js'
import { closest } from '../contract/suggest.js'


const KNOWN: readonly string[] = RULE_IDS

/**
 * Splits a document's findings into those its directives leave standing and drafts of the
 * `directive` rule for directives that name an unknown rule, are misspelt, or suppress nothing.
 * The last is reported only when `checked` is given: the rules whose every finding in the
 * document is among `findings` (a document's own check never sees cross-document findings, so
 * a directive naming such a rule is not its to call unused). The runner turns the drafts into
 * findings, which no directive can suppress.
 */
export function applyDirectives(doc: Readonly<Pick<Document, 'directives'>>, findings: readonly Finding[], checked?: readonly string[]): { kept: Finding[]; drafts: Draft[] } {
  const directives = doc.directives ?? []
  if (directives.length === 0) return { kept: [...findings], drafts: [] }
  const used = new Map<Directive, Set<string>>()
  const kept = findings.filter((f) => {
    const by = suppressor(directives, f)
    if (by) used.set(by, (used.get(by) ?? new Set()).add(f.ruleId))
    return !by
  })
  return { kept, drafts: directives.flatMap((d) => problems(d, used.get(d), checked)) }
}

/** The directive that suppresses a finding, if any: the state of disable/enable at its line, next-line, file. */
function suppressor(directives: readonly Directive[], f: Finding): Directive | undefined {
  let all: Directive | undefined
  const byRule = new Map<string, Directive>()
  const exceptions = new Set<string>()
  let nextLine: Directive | undefined
  let file: Directive | undefined
  for (const d of directives) {
    const covers = d.rules.length === 0 || d.rules.includes(f.ruleId)
    if (d.kind === 'disable-file' && covers) file ??= d
    if (d.kind === 'disable-next-line' && covers && d.span.endLine + 1 === f.line) nextLine ??= d
    if (d.span.line > f.line) continue
    if (d.kind === 'disable') {
      if (d.rules.length === 0) { all = d; byRule.clear(); exceptions.clear() }
      for (const r of d.rules) { byRule.set(r, d); exceptions.delete(r) }
    } else if (d.kind === 'enable') {
      if (d.rules.length === 0) { all = undefined; byRule.clear(); exceptions.clear() }
      for (const r of d.rules) { byRule.delete(r); if (all) exceptions.add(r) }
    }
  }
  return nextLine ?? byRule.get(f.ruleId) ?? (all && !exceptions.has(f.ruleId) ? all : undefined) ?? file
}

/** What is wrong with one directive: a misspelt name, unknown rule ids, or (if asked) no use. */
function problems(d: Directive, used: Set<string> | undefined, checked: readonly string[] | undefined): Draft[] {
  const text = d.text
  if (d.kind === 'unknown') {
    const name = text.split(/\s/)[0] ?? text
    return [{ messageId: 'unknownDirective', data: { directive: name, suggestion: suggestion(closest(name, DIRECTIVE_NAMES)) }, span: d.span }]
  }
  const drafts: Draft[] = d.rules.filter((r) => !KNOWN.includes(r)).map((rule) => ({
    messageId: 'unknownRule', data: { rule, directive: text, suggestion: suggestion(closest(rule, KNOWN)) }, span: d.span,
  }))
  if (!checked || d.kind === 'enable') return drafts
  const unused = d.rules.filter((r) => checked.includes(r) && !used?.has(r))
  if (d.rules.length === 0 ? !used : unused.length > 0) {
    const named = d.rules.length > 0 && unused.length < d.rules.length ? ` for ${unused.map((r) => `\`${r}\``).join(', ')}` : ''
    drafts.push({ messageId: 'unused', data: { directive: text, rules: named }, span: d.span, severity: 'warning' })
  }
  return drafts
}

function suggestion(guess: string | undefined): string {
  return guess ? ` (did you mean \`${guess}\`?)` : ''
}
