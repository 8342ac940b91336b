import type { Document, Item, Section, StatusClaim } from './types.js'
import type { Status } from '../contract/status.js'
import type { StatedCount } from './number-types.js'
import type { Span } from '../contract/span.js'
import { MEASURE, holdsCurrentValues } from './repeated-percents.js'
import { innermostRanges } from './line-ranges.js'
import { listedPercents } from './listed-percents.js'

/** One number a recomputed value was made from: an item's status, a sub-section's percentage, a list entry. */
export interface Part {
  label: string
  value: number
  /** Items the part stands for, when a mean may be weighted by them. */
  weight?: number
  /** For a listed item: the status the listing gives it. */
  status?: Status
  /** Taken from an approximate number ("~68%"). */
  approximate?: boolean
  span: Span
}

/** What a stated number should be, recomputed from what the document says elsewhere. */
export interface Recomputed {
  /** Index of the stated number in `Document.counts`. */
  index: number
  /** The stated number compared: the count itself, or the whole of "3 of 5". */
  stated: number
  /**
   * items: the items listed for the category; list: the entries of the list that follows;
   * sum: the entries' own counts; ratio: count ÷ whole; mean: of the parts rolled up;
   * complement: 100 minus the completion percentage of the same thing.
   */
  basis: 'items' | 'list' | 'sum' | 'ratio' | 'mean' | 'complement'
  expected: number
  /** Other values that are right as well: the mean weighted by the parts' item counts. */
  alternatives: number[]
  parts: Part[]
  /** Where the parts were found: the section listing the items, the list, the mirrored percentage. */
  from?: { name: string; span: Span }
}

/** Every stated number of a document that can be recomputed, with its expected value and parts. */
export function recompute(doc: Readonly<Document>): Recomputed[] {
  // Three callers ask for the same document (summary, count-mismatch, percent-mismatch): work it out once.
  const known = memo.get(doc)
  if (known) return known
  const itemOf = new Map<StatusClaim, Item>()
  for (const item of doc.items) for (const claim of item.claims) itemOf.set(claim, item)
  const ctx: Ctx = { doc, itemOf, index: indexOf(doc) }
  const out: Recomputed[] = []
  doc.counts.forEach((count, index) => {
    const r = recomputeOne(ctx, count, index)
    if (r) out.push(r)
  })
  memo.set(doc, out)
  return out
}

const memo = new WeakMap<Readonly<Document>, Recomputed[]>()

interface Ctx {
  doc: Readonly<Document>
  itemOf: ReadonlyMap<StatusClaim, Item>
  index: DocIndex
}

/**
 * Lookups that would otherwise scan the whole document once per stated number, which made a
 * document with thousands of headings and counts take minutes: each answers as the scan did.
 */
interface DocIndex {
  /** The first section whose heading is on a line. */
  sectionAt: Map<number, Section>
  /** The first heading percentage on a line. */
  headingPercentAt: Map<number, StatedCount>
  /** Claims per parent item key. */
  childClaims: Map<string, number>
  /** Claim indexes ordered by line, for a range of lines. */
  claimsByLine: number[]
  /** Line and-only-line view of the sections, which are in reading order. */
  sectionLines: number[]
  /** Counts per section path. */
  countsByPath: Map<string, StatedCount[]>
  /** The innermost section holding a line. */
  sectionOf: (line: number) => Section | undefined
}

function indexOf(doc: Readonly<Document>): DocIndex {
  const sectionAt = new Map<number, Section>()
  for (const s of doc.sections) if (!sectionAt.has(s.span.line)) sectionAt.set(s.span.line, s)
  const headingPercentAt = new Map<number, StatedCount>()
  for (const c of doc.counts) if (c.source === 'heading' && c.kind === 'percent' && !headingPercentAt.has(c.span.line)) headingPercentAt.set(c.span.line, c)
  const childClaims = new Map<string, number>()
  for (const c of doc.claims) if (c.parent !== undefined) childClaims.set(c.parent, (childClaims.get(c.parent) ?? 0) + 1)
  const claimsByLine = doc.claims.map((_c, i) => i).sort((a, b) => doc.claims[a]!.span.line - doc.claims[b]!.span.line || a - b)
  const countsByPath = new Map<string, StatedCount[]>()
  for (const c of doc.counts) {
    const key = c.sectionPath.join('\u0000')
    const list = countsByPath.get(key)
    if (list) list.push(c)
    else countsByPath.set(key, [c])
  }
  return { sectionAt, headingPercentAt, childClaims, claimsByLine, sectionLines: doc.sections.map((s) => s.span.line), countsByPath, sectionOf: innermostRanges(doc.sections) }
}

/** The first position in an ascending list whose value is greater than `line`. */
function after(sorted: readonly number[], line: number, valueAt: (i: number) => number = (i) => sorted[i]!): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (valueAt(mid) <= line) lo = mid + 1
    else hi = mid
  }
  return lo
}

function recomputeOne(ctx: Ctx, count: StatedCount, index: number): Recomputed | undefined {
  const { doc, itemOf } = ctx
  const base = { index, stated: count.value, alternatives: [] as number[] }
  if (count.kind === 'count') {
    if (count.list) {
      const { list } = count
      const from = { name: 'the list below', span: list.span }
      if (list.sum !== undefined && count.of === undefined) return { ...base, basis: 'sum', expected: list.sum, parts: [], from }
      // "7/10 items" over entries that state their own fractions ("4/4", "3/6"): parts add up to parts, wholes to the whole.
      if (list.sum !== undefined && list.ofSum !== undefined && count.of !== undefined) {
        return list.sum !== count.value || list.ofSum === count.of
          ? { ...base, basis: 'sum', expected: list.sum, parts: [], from }
          : { ...base, stated: count.of, basis: 'sum', expected: list.ofSum, parts: [], from }
      }
      const stated = count.of ?? count.value
      // "20+ features" holds for any list of 20 or more.
      const expected = count.atLeast && list.entries >= stated ? stated : list.entries
      return { ...base, stated, basis: 'list', expected, parts: [], from }
    }
    const target = count.target
    if (!target || target.kind === 'count') return undefined
    const listed = onePerItem(itemOf, target.kind === 'section' ? listedInSection(ctx, target.line) : doc.claims.filter((c) => c.parent === target.key))
    if (listed.length === 0) return undefined
    const matching = listed.filter((c) => count.status === undefined || c.status === count.status)
    const parts = listed.map((c) => ({ label: c.name, value: c.status === count.status || count.status === undefined ? 1 : 0, status: c.status, span: c.span }))
    const span = target.kind === 'section' ? ctx.index.sectionAt.get(target.line)!.span : listed[0]!.span
    return { ...base, basis: 'items', expected: matching.length, parts, from: { name: target.name, span } }
  }
  if (count.kind === 'gap') {
    const mirror = count.target?.kind === 'count' ? doc.counts[count.target.index] : undefined
    if (!mirror) return undefined
    return { ...base, basis: 'complement', expected: 100 - mirror.value, parts: [part(mirror)], from: { name: mirror.subject, span: mirror.span } }
  }
  if (count.ratio?.of !== undefined) {
    const { count: n, of } = count.ratio
    return { ...base, basis: 'ratio', expected: (n / of) * 100, parts: [{ label: 'count', value: n, span: count.span }, { label: 'whole', value: of, span: count.ratio.ofSpan ?? count.span }] }
  }
  const parts = count.overall ? siblings(ctx, count) : rolledUp(ctx, count)
  if (parts.length === 0 || (count.overall && parts.length < 2)) return undefined
  const expected = mean(parts.map((p) => p.value))
  const weighted = parts.every((p) => (p.weight ?? 0) > 0)
    ? parts.reduce((a, p) => a + p.value * p.weight!, 0) / parts.reduce((a, p) => a + p.weight!, 0)
    : undefined
  return { ...base, basis: 'mean', expected, alternatives: weighted === undefined ? [] : [weighted], parts }
}

/** Claims listed in a section: not the heading's own, not sub-items of items listed there. */
function listedInSection({ doc, index }: Ctx, line: number): StatusClaim[] {
  const section = index.sectionAt.get(line)
  if (!section) return []
  const lineOf = (i: number) => doc.claims[index.claimsByLine[i]!]!.span.line
  const from = after(index.claimsByLine, section.span.line, lineOf)
  const to = after(index.claimsByLine, section.endLine, lineOf)
  // In the document's order of claims, as a filter over all of them would give.
  const inside = index.claimsByLine.slice(from, to).sort((a, b) => a - b).map((i) => doc.claims[i]!)
  const keys = new Set(inside.map((c) => c.key))
  return inside.filter((c) => c.parent === undefined || c.parent === section.itemKey || !keys.has(c.parent))
}

/** The first claim of each item among `claims`, so that an item listed twice counts once. */
function onePerItem(itemOf: ReadonlyMap<StatusClaim, Item>, claims: readonly StatusClaim[]): StatusClaim[] {
  const seen = new Set<object>()
  return claims.filter((c) => {
    const item = itemOf.get(c) ?? c
    if (seen.has(item)) return false
    seen.add(item)
    return true
  })
}

/** The parts a category's percentage rolls up: the section's own percentage, else its sub-sections'. */
function rolledUp(ctx: Ctx, count: StatedCount): Part[] {
  const target = count.target
  if (target?.kind !== 'section') return []
  const section = ctx.index.sectionAt.get(target.line)
  if (!section) return []
  if (count.source !== 'heading') {
    // "## Update 2026-01-02 / - Search: 60%": a value of another time than the heading it names.
    const at = ctx.index.sectionOf(count.span.line)
    if (at && !holdsCurrentValues(at)) return []
    const own = ctx.index.headingPercentAt.get(section.span.line)
    if (own) return [part(own, weightOf(ctx, section))]
  }
  const subs = children(ctx, section).flatMap((child) => {
    const pct = ctx.index.headingPercentAt.get(child.span.line)
    return pct ? [part(pct, weightOf(ctx, child))] : []
  })
  return subs.length > 0 || count.source !== 'heading' || MEASURE.test(count.subject) ? subs : listedPercents(ctx.doc, section, ctx.index.countsByPath.get(section.path.join('\u0000')) ?? []).map((c) => part(c))
}

/** The categories an overall percentage sums up: the percentages stated before it in its section. */
function siblings({ index }: Ctx, count: StatedCount): Part[] {
  return (index.countsByPath.get(count.sectionPath.join('\u0000')) ?? [])
    .filter((c) => c !== count && c.kind === 'percent' && !c.overall && !c.ratio && c.source === 'line' && c.span.line < count.span.line)
    .map((c) => part(c))
}

/** Direct sub-sections: the shallowest headings inside the section. */
function children({ doc, index }: Ctx, section: Section): Section[] {
  // Sections are in reading order, so those inside a section's lines are one run of them.
  const inside = doc.sections.slice(after(index.sectionLines, section.span.line), after(index.sectionLines, section.endLine))
  const depth = Math.min(...inside.map((s) => s.depth))
  return inside.filter((s) => s.depth === depth)
}

/** Items listed under a sub-section, for a mean weighted by item counts. */
function weightOf({ index }: Ctx, section: Section): number {
  return section.itemKey === undefined ? 0 : index.childClaims.get(section.itemKey) ?? 0
}

function part(count: StatedCount, weight?: number): Part {
  return { label: count.subject, value: count.value, ...(weight ? { weight } : {}), ...(count.approximate ? { approximate: true } : {}), span: count.span }
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}
