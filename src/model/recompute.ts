import type { Document, Item, Section, Span, StatedCount, Status, StatusClaim } from './types.js'

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
  const itemOf = new Map<StatusClaim, Item>()
  for (const item of doc.items) for (const claim of item.claims) itemOf.set(claim, item)
  const out: Recomputed[] = []
  doc.counts.forEach((count, index) => {
    const r = recomputeOne({ doc, itemOf }, count, index)
    if (r) out.push(r)
  })
  return out
}

interface Ctx {
  doc: Readonly<Document>
  itemOf: ReadonlyMap<StatusClaim, Item>
}

function recomputeOne({ doc, itemOf }: Ctx, count: StatedCount, index: number): Recomputed | undefined {
  const base = { index, stated: count.value, alternatives: [] as number[] }
  if (count.kind === 'count') {
    if (count.list) {
      const { list } = count
      if (list.sum !== undefined && count.of === undefined) return { ...base, basis: 'sum', expected: list.sum, parts: [], from: { name: 'the list below', span: list.span } }
      return { ...base, stated: count.of ?? count.value, basis: 'list', expected: list.entries, parts: [], from: { name: 'the list below', span: list.span } }
    }
    const target = count.target
    if (!target || target.kind === 'count') return undefined
    const listed = onePerItem(itemOf, target.kind === 'section' ? listedInSection(doc, target.line) : doc.claims.filter((c) => c.parent === target.key))
    if (listed.length === 0) return undefined
    const matching = listed.filter((c) => count.status === undefined || c.status === count.status)
    const parts = listed.map((c) => ({ label: c.name, value: c.status === count.status || count.status === undefined ? 1 : 0, status: c.status, span: c.span }))
    const span = target.kind === 'section' ? doc.sections.find((s) => s.span.line === target.line)!.span : listed[0]!.span
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
  const parts = count.overall ? siblings(doc, count) : rolledUp(doc, count)
  if (parts.length === 0 || (count.overall && parts.length < 2)) return undefined
  const expected = mean(parts.map((p) => p.value))
  const weighted = parts.every((p) => (p.weight ?? 0) > 0)
    ? parts.reduce((a, p) => a + p.value * p.weight!, 0) / parts.reduce((a, p) => a + p.weight!, 0)
    : undefined
  return { ...base, basis: 'mean', expected, alternatives: weighted === undefined ? [] : [weighted], parts }
}

/** Claims listed in a section: not the heading's own, not sub-items of items listed there. */
function listedInSection(doc: Readonly<Document>, line: number): StatusClaim[] {
  const section = doc.sections.find((s) => s.span.line === line)
  if (!section) return []
  const inside = doc.claims.filter((c) => c.span.line > section.span.line && c.span.line <= section.endLine)
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
function rolledUp(doc: Readonly<Document>, count: StatedCount): Part[] {
  const target = count.target
  if (target?.kind !== 'section') return []
  const section = doc.sections.find((s) => s.span.line === target.line)
  if (!section) return []
  if (count.source !== 'heading') {
    const own = headingPercent(doc, section)
    if (own) return [part(own, weightOf(doc, section))]
  }
  return children(doc, section).flatMap((child) => {
    const pct = headingPercent(doc, child)
    return pct ? [part(pct, weightOf(doc, child))] : []
  })
}

/** The categories an overall percentage sums up: the percentages stated before it in its section. */
function siblings(doc: Readonly<Document>, count: StatedCount): Part[] {
  const path = count.sectionPath.join('\u0000')
  return doc.counts
    .filter((c) => c !== count && c.kind === 'percent' && !c.overall && !c.ratio && c.source === 'line' && c.span.line < count.span.line && c.sectionPath.join('\u0000') === path)
    .map((c) => part(c))
}

function headingPercent(doc: Readonly<Document>, section: Section): StatedCount | undefined {
  return doc.counts.find((c) => c.source === 'heading' && c.kind === 'percent' && c.span.line === section.span.line)
}

/** Direct sub-sections: the shallowest headings inside the section. */
function children(doc: Readonly<Document>, section: Section): Section[] {
  const inside = doc.sections.filter((s) => s.span.line > section.span.line && s.span.line <= section.endLine)
  const depth = Math.min(...inside.map((s) => s.depth))
  return inside.filter((s) => s.depth === depth)
}

/** Items listed under a sub-section, for a mean weighted by item counts. */
function weightOf(doc: Readonly<Document>, section: Section): number {
  return section.itemKey === undefined ? 0 : doc.claims.filter((c) => c.parent === section.itemKey).length
}

function part(count: StatedCount, weight?: number): Part {
  return { label: count.subject, value: count.value, ...(weight ? { weight } : {}), ...(count.approximate ? { approximate: true } : {}), span: count.span }
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}
