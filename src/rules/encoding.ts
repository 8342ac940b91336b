import type { Document } from '../model/types.js'
import type { EncodingIssue } from '../parse/encoding.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import type { Fix } from '../contract/result.js'

/** Mojibake and broken bytes. */
export const meta = {
  id: 'encoding',
  defaultSeverity: 'warning',
  description: 'Report mojibake and characters broken by a wrong character set',
  help: 'The file holds UTF-8 text that was once read as Windows-1252 or Mac Roman and saved again ("‚úÖ" for ✅, "â€™" for ’), emoji stored as two separate UTF-16 halves, or characters already lost (U+FFFD). The text is repaired for analysis either way; `--fix` writes the mojibake repair back.',
  messages: {
    mojibake: 'Unexpected mojibake: {count} {noun} of UTF-8 read as {charset} (`{original}` for `{repaired}`), repaired for analysis',
    surrogate: 'Unexpected emoji stored as separate UTF-16 halves, rejoined as `{repaired}`',
    lost: 'Unexpected broken bytes: {count} {noun} lost (shown as U+FFFD) on {lines} {lineNoun}',
  },
} as const satisfies RuleMeta<'mojibake' | 'surrogate' | 'lost'>

type Id = keyof typeof meta.messages

/** The repair of a document's mojibake, from its encoding issues; undefined when it has none. */
export function mojibakeFix(issues: readonly EncodingIssue[]): Fix | undefined {
  const mojibake = issues.filter((i) => i.kind === 'mojibake')
  if (mojibake.length === 0) return undefined
  return {
    description: `Repair ${mojibake.length} mojibake ${mojibake.length === 1 ? 'sequence' : 'sequences'}`,
    edits: mojibake.map((i) => ({ ...i.span, original: i.original, text: i.repaired ?? i.original })),
  }
}

/** One finding per document for its mojibake, one for rejoined emoji halves, one for lost characters; the other lines as related places. */
export function check(doc: Readonly<Document>): Draft<Id>[] {
  const drafts: Draft<Id>[] = []
  const mojibake = doc.encoding.issues.filter((i) => i.kind === 'mojibake')
  const first = mojibake[0]
  if (first) {
    drafts.push({
      messageId: 'mojibake',
      data: { count: mojibake.length, noun: mojibake.length === 1 ? 'sequence' : 'sequences', charset: [...new Set(mojibake.map((i) => charsetName(i.charset)))].join(' and '), original: first.original, repaired: first.repaired ?? '' },
      span: first.span,
      related: mojibake.slice(1, 6).map((i) => ({ ...i.span, message: `\`${i.original}\` for \`${i.repaired ?? ''}\`` })),
      actual: first.original,
      expected: first.repaired ?? '',
      fix: mojibakeFix(mojibake)!,
    })
  }
  const rejoined = byLine(doc.encoding.issues.filter((i) => i.kind === 'surrogate' && i.repaired !== undefined))
  if (rejoined.length > 0) {
    drafts.push({
      messageId: 'surrogate',
      data: { repaired: rejoined.flat().map((i) => i.repaired).join('') },
      span: rejoined[0]![0]!.span,
      related: rejoined.slice(1).map((g) => ({ ...g[0]!.span, message: `rejoined as \`${g.map((i) => i.repaired).join('')}\`` })),
    })
  }
  const lost = byLine(doc.encoding.issues.filter((i) => i.kind !== 'mojibake' && i.repaired === undefined))
  if (lost.length > 0) {
    const count = lost.reduce((n, g) => n + g.length, 0)
    drafts.push({
      messageId: 'lost',
      data: { count, noun: count === 1 ? 'character' : 'characters', lines: lost.length, lineNoun: lost.length === 1 ? 'line' : 'lines' },
      span: lost[0]![0]!.span,
      related: lost.slice(1).map((g) => ({ ...g[0]!.span, message: `${g.length} lost here` })),
    })
  }
  return drafts
}

function charsetName(charset: string | undefined): string {
  return charset === 'mac-roman' ? 'Mac Roman' : charset === 'windows-1252' ? 'Windows-1252' : (charset ?? 'a legacy charset')
}

function byLine(issues: EncodingIssue[]): EncodingIssue[][] {
  const lines = new Map<number, EncodingIssue[]>()
  for (const i of issues) lines.set(i.span.line, [...(lines.get(i.span.line) ?? []), i])
  return [...lines.values()]
}

export const encoding: Rule<Id> = { meta, check }
