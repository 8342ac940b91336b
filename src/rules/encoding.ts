import type { Document, EncodingIssue } from '../model/types.js'
import type { Draft, Rule, RuleMeta } from './types.js'

/** Mojibake and broken bytes. */
export const meta = {
  id: 'encoding',
  defaultSeverity: 'warning',
  description: 'Report mojibake and characters broken by a wrong character set',
  help: 'The file holds UTF-8 text that was once read as Windows-1252 or Mac Roman and saved again ("‚úÖ" for ✅, "â€™" for ’), emoji stored as two separate UTF-16 halves, or characters already lost (U+FFFD). The text is repaired for analysis either way; `--fix` writes the mojibake repair back.',
  messages: {
    mojibake: 'Unexpected mojibake: {count} {noun} of UTF-8 read as {charset} (`{original}` for `{repaired}`), repaired for analysis',
    surrogate: 'Unexpected emoji stored as separate UTF-16 halves, rejoined as `{repaired}`',
    lost: 'Unexpected broken bytes: {count} {noun} lost (shown as U+FFFD)',
  },
} as const satisfies RuleMeta<'mojibake' | 'surrogate' | 'lost'>

type Id = keyof typeof meta.messages

/** One finding for a document's mojibake, one per line for broken bytes. */
export function check(doc: Readonly<Document>): Draft<Id>[] {
  const drafts: Draft<Id>[] = []
  const mojibake = doc.encoding.issues.filter((i) => i.kind === 'mojibake')
  const first = mojibake[0]
  if (first) {
    drafts.push({
      messageId: 'mojibake',
      data: { count: mojibake.length, noun: mojibake.length === 1 ? 'sequence' : 'sequences', charset: charsetName(first.charset), original: first.original, repaired: first.repaired ?? '' },
      span: first.span,
      related: mojibake.slice(1, 6).map((i) => ({ ...i.span, message: `\`${i.original}\` for \`${i.repaired ?? ''}\`` })),
      actual: first.original,
      expected: first.repaired ?? '',
      fix: {
        description: `Repair ${mojibake.length} mojibake ${mojibake.length === 1 ? 'sequence' : 'sequences'}`,
        edits: mojibake.map((i) => ({ ...i.span, original: i.original, text: i.repaired ?? i.original })),
      },
    })
  }
  for (const group of byLine(doc.encoding.issues.filter((i) => i.kind === 'surrogate' && i.repaired !== undefined))) {
    drafts.push({ messageId: 'surrogate', data: { repaired: group.map((i) => i.repaired).join('') }, span: group[0]!.span })
  }
  for (const group of byLine(doc.encoding.issues.filter((i) => i.kind !== 'mojibake' && i.repaired === undefined))) {
    drafts.push({ messageId: 'lost', data: { count: group.length, noun: group.length === 1 ? 'character' : 'characters' }, span: group[0]!.span })
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
