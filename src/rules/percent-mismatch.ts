import { recompute, type Recomputed } from '../model/recompute.js'
import { restatedPercents, type PercentStatement } from '../model/repeated-percents.js'
import type { Document } from '../model/types.js'
import type { StatedCount } from '../model/number-types.js'
import type { Draft, Rule, RuleContext } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** Percentages that disagree with their counts, with the parts they roll up, or with their complement. */
export const meta = {
  id: 'percent-mismatch',
  defaultSeverity: 'warning',
  description: 'Report a percentage that disagrees with what it is computed from',
  help: 'A percentage the document states is not what the rest of the document gives: "6 (60%)" of 12, "from 1,347 to 2,001 tests (+60%)" for a rise of 49%, a category "75% complete" whose sub-sections say 85%, 70% and 90%, an overall figure that is not the mean of its categories, or a "15% gap" for something stated to be 75% complete. The tolerance is 1 point plus the rounding of the stated number, wider for "~" and "about". Correct the percentage, or the parts.',
  messages: {
    ratio: 'Unexpected {actual}% for `{subject}`, expected {expected}% ({count} of {of})',
    rollUp: 'Unexpected {actual}% for `{subject}`, expected {expected}% ({parts})',
    mirror: 'Unexpected {actual}% for `{subject}`, expected {expected}% as line {otherLine} says for `{other}`',
    overall: 'Unexpected {actual}% for `{subject}`, expected {expected}% (mean of the {n} categories above: {parts})',
    gap: 'Unexpected {actual}% gap for `{subject}`, expected {expected}% since line {otherLine} says `{other}` is {complete}% complete',
    reached: 'Unexpected `{subject}`: line {otherLine} gives {expected}% for `{other}`',
    tableMean: 'Unexpected {actual}% for `{subject}`, expected {expected}% (the mean of the {rows} rows of the table {side})',
    change: 'Unexpected `{actual}` for `{subject}`, expected {expected}% (from {from} to {to})',
  },
} as const satisfies RuleMeta<'ratio' | 'rollUp' | 'mirror' | 'overall' | 'gap' | 'tableMean' | 'change' | 'reached'>

type Id = keyof typeof meta.messages

// "~70%" and "about 70%" are read as rounded to the nearest 5.
const APPROXIMATE_ROUNDING = 2.5

/** Checks every stated percentage that can be recomputed against its recomputed value. */
export function check(doc: Readonly<Document>, ctx: RuleContext): Draft<Id>[] {
  const drafts = recomputed(doc, ctx)
  const reported = new Set(drafts.map((d) => d.span.line))
  const restated = restatements(doc, ctx).filter((d) => !reported.has(d.span.line))
  for (const d of restated) reported.add(d.span.line)
  return [...drafts, ...restated, ...changeDrafts(doc, ctx, reported), ...doc.tableShares.filter((s) => !reported.has(s.span.line) && Math.abs(s.value - s.mean) > tolerance(s.value, s.approximate, ctx.percentTolerance)).map((s) => ({
    messageId: 'tableMean' as const,
    data: { actual: s.value, subject: s.subject, expected: round(s.mean), rows: s.rows, side: s.side },
    span: s.span,
    related: [{ ...doc.tables[s.table]!.span, message: `Mean of the rows: ${round(s.mean)}%` }],
    items: [s.subject],
    actual: s.value,
    expected: round(s.mean),
  }))]
}

/** A change stated with its percentage ("from 1,347 to 2,001 (+60%)") whose percentage is not (to − from) / from. */
function changeDrafts(doc: Readonly<Document>, ctx: RuleContext, reported: Set<number>): Draft<Id>[] {
  return doc.changes.flatMap((c) => {
    const expected = round((100 * (c.to - c.from)) / c.from)
    if (reported.has(c.span.line) || Math.abs(expected - c.percent) <= tolerance(Math.abs(c.percent), c.approximate, ctx.percentTolerance)) return []
    reported.add(c.span.line)
    const signed = `${expected > 0 ? '+' : ''}${expected}`
    return [{ messageId: 'change' as const, data: { actual: c.text, subject: c.subject, expected: signed, from: c.from, to: c.to }, span: c.span, items: [c.subject], actual: c.text, expected: `${signed}%` }]
  })
}

function recomputed(doc: Readonly<Document>, ctx: RuleContext): Draft<Id>[] {
  return recompute(doc).flatMap((r) => {
    const count = doc.counts[r.index]!
    if (count.kind === 'count') return []
    // An approximation on either side ("~68%" stated, or a part that is "~68%") widens the tolerance.
    const slack = tolerance(r.stated, count.approximate || r.parts.some((p) => p.approximate), ctx.percentTolerance)
    if ([r.expected, ...r.alternatives].some((v) => Math.abs(v - r.stated) <= slack)) return []
    return [draft(count, r)]
  })
}

/**
 * A thing's percentage given again with another value ("Notifications (60%)" and, in the summary,
 * "Notifications | 80%"): each other value at its first place, against the first value given.
 */
function restatements(doc: Readonly<Document>, ctx: RuleContext): Draft<Id>[] {
  const slack = (a: PercentStatement, b: PercentStatement) => tolerance(a.value, a.approximate || b.approximate, ctx.percentTolerance)
  return restatedPercents(doc).flatMap(({ statements: all }) => {
    const statements = all.filter((s) => !s.threshold)
    // "90% COVERAGE ACHIEVED" where the document's own coverage figure is lower.
    const reached = all.filter((s) => s.threshold).flatMap((t): Draft<Id>[] => {
      const below = statements.filter((s) => s.value < t.value - slack(s, t))
      return below.length === 0 ? [] : [{
        messageId: 'reached', data: { subject: t.name, otherLine: below[0]!.span.line, expected: below[0]!.value, other: below[0]!.name },
        span: t.span, related: below.map((b) => ({ ...b.span, message: `\`${b.name}\`: ${b.value}%` })), items: [t.name], actual: t.value, expected: below[0]!.value,
      }]
    })
    if (statements.length < 2) return reached
    // The value most places give (the first of equals) is the one the others are measured against.
    const support = (s: PercentStatement) => statements.filter((o) => Math.abs(o.value - s.value) <= slack(o, s)).length
    const reference = statements.reduce((best, s) => (support(s) > support(best) ? s : best))
    const drafts: Draft<Id>[] = []
    const seen: number[] = []
    for (const s of statements) {
      if (s.span.line === reference.span.line || seen.includes(s.value) || Math.abs(s.value - reference.value) <= slack(s, reference)) continue
      seen.push(s.value)
      const same = statements.filter((o) => o !== s && o.value === s.value).map((o) => ({ ...o.span, message: `${o.value}% again` }))
      const agree = statements.filter((o) => o !== reference && o.value === reference.value).map((o) => ({ ...o.span, message: `\`${o.name}\`: ${o.value}%` }))
      drafts.push({
        messageId: 'mirror',
        data: { actual: s.value, subject: s.name, expected: reference.value, otherLine: reference.span.line, other: reference.name },
        span: s.span,
        related: [{ ...reference.span, message: `\`${reference.name}\`: ${reference.value}%` }, ...agree, ...same],
        items: [s.name],
        actual: s.value,
        expected: reference.value,
      })
    }
    return [...reached, ...drafts]
  })
}

/** How far a stated percentage may be from the computed one: the tolerance plus its own rounding. */
export function tolerance(stated: number, approximate: boolean, points: number): number {
  const decimals = (String(stated).split('.')[1] ?? '').length
  const rounding = 0.5 * 10 ** -decimals
  return points + (approximate ? Math.max(rounding, APPROXIMATE_ROUNDING) : rounding)
}

function draft(count: StatedCount, r: Recomputed): Draft<Id> {
  const expected = round(r.expected)
  const base = { span: count.span, items: [count.subject], actual: count.value, expected }
  const elsewhere = r.parts.filter((p) => p.span.line !== count.span.line)
  const related = elsewhere.map((p) => ({ ...p.span, message: `\`${p.label}\`: ${round(p.value)}%` }))
  const data = { actual: count.value, subject: count.subject, expected }
  switch (r.basis) {
    case 'ratio': {
      const [n, whole] = r.parts
      return { ...base, messageId: 'ratio', data: { ...data, count: n!.value, of: whole!.value }, related: elsewhere.map((p) => ({ ...p.span, message: `Whole of ${p.value} stated here` })) }
    }
    case 'complement': {
      const mirror = r.parts[0]!
      return { ...base, messageId: 'gap', data: { ...data, otherLine: mirror.span.line, other: mirror.label, complete: mirror.value }, related }
    }
    default: {
      const parts = r.parts.map((p) => `${round(p.value)}%`).join(', ')
      if (count.overall) return { ...base, messageId: 'overall', data: { ...data, n: r.parts.length, parts }, related }
      if (r.parts.length === 1) return { ...base, messageId: 'mirror', data: { ...data, otherLine: r.parts[0]!.span.line, other: r.parts[0]!.label }, related }
      const weighted = r.alternatives[0]
      const how = `mean of ${parts}${weighted === undefined || round(weighted) === expected ? '' : `; ${round(weighted)}% weighted by items`}`
      return { ...base, messageId: 'rollUp', data: { ...data, parts: how }, related }
    }
  }
}

/** A percentage for a message: one decimal at most. */
function round(value: number): number {
  return Math.round(value * 10) / 10
}

export const percentMismatch: Rule<Id> = { meta, check }
