import type { Document, LabelledGroup, Section, StatusClaim } from '../model/types.js'
import { innermostRanges } from '../model/line-ranges.js'
import { isExplicit } from '../model/status.js'
import { rangeBreaches } from '../model/percent-ranges.js'
import type { Draft, Rule } from './types.js'
import type { RuleMeta } from '../contract/rule-meta.js'

/** An item whose own status contradicts the status of the group it is filed under. */
export const meta = {
  id: 'section-conflict',
  defaultSeverity: 'warning',
  description: 'Report an item whose status contradicts the section it is filed under',
  help: 'An item marked done is filed under a heading or list label that says its entries are missing or pending ("✅ Grafana Dashboards" under "Missing Items"), or the reverse. Move the item to the right section or correct its status.',
  messages: {
    misfiled: 'Unexpected `{actual}` item `{item}` under `{label}` (line {otherLine}), which files items as `{expected}`',
    outOfRange: 'Unexpected {actual}% for `{item}` under `{label}` (line {otherLine}), which files items at {min}–{max}%',
  },
} as const satisfies RuleMeta<'misfiled' | 'outOfRange'>

const isDone = (s: string) => s === 'done'
const comparable = (s: string) => s === 'done' || s === 'partial' || s === 'todo' || s === 'blocked'

/**
 * Finds the innermost label group around a line, not counting a group that starts on that line, nor
 * one outside the nearest item heading around it: "✅ Tag pushed" in the checklist of "### Release
 * check ⏳" belongs to that item, whatever section the item itself is filed under. A heading's label
 * stops at a sub-heading that files things its own way ("#### Ready for implementation" under
 * "### Security Features ✅"); plain sub-headings ("#### Backend") let it through.
 */
function groupLookup(doc: Readonly<Document>): (line: number) => LabelledGroup | undefined {
  const itemAt = innermostRanges(doc.sections.filter((s) => s.itemKey !== undefined))
  const groupAt = innermostRanges(doc.groups)
  const sectionAt = innermostRanges(doc.sections)
  const parent = parents(doc.sections)
  return (line) => {
    const group = groupAt(line)
    if (!group || group.span.line < (itemAt(line)?.span.line ?? 0)) return undefined
    if (group.kind !== 'heading') return group
    for (let s = sectionAt(line); s && s.span.line > group.span.line; s = parent.get(s)) {
      if (s.label !== undefined || s.kind !== undefined) return undefined
    }
    return group
  }
}

/** Each section's enclosing section (sections are in reading order). */
function parents(sections: readonly Section[]): Map<Section, Section> {
  const map = new Map<Section, Section>()
  const open: Section[] = []
  for (const s of sections) {
    while (open.length > 0 && open.at(-1)!.depth >= s.depth) open.pop()
    const outer = open.at(-1)
    if (outer) map.set(s, outer)
    open.push(s)
  }
  return map
}

/** Reports, once per item and group, an item whose own status contradicts its group's label. */
export function check(doc: Readonly<Document>): Draft<'misfiled' | 'outOfRange'>[] {
  const filed = misfiled(doc)
  const lines = new Set(filed.map((d) => d.span.line))
  return [...filed, ...outOfRange(doc).filter((d) => !lines.has(d.span.line))]
}

/** Figures outside the range their heading files entries at ("86%" under "Partially tested (40-70%)"). */
function outOfRange(doc: Readonly<Document>): Draft<'outOfRange'>[] {
  return rangeBreaches(doc).map((b) => ({
    messageId: 'outOfRange' as const,
    data: { actual: b.value, item: b.name, label: b.section.text, otherLine: b.section.span.line, min: b.min, max: b.max },
    span: b.span,
    related: [{ ...b.section.span, message: `Section files its items at ${b.min}–${b.max}%` }],
    items: [b.name],
    actual: b.value,
    expected: `${b.min}–${b.max}`,
  }))
}

function misfiled(doc: Readonly<Document>): Draft<'misfiled'>[] {
  const drafts: Draft<'misfiled'>[] = []
  const seen = new Set<string>()
  const groupAround = groupLookup(doc)
  for (const item of doc.items) {
    for (const claim of item.claims) {
      if (claim.source === 'status-list' || claim.vague || claim.subject !== undefined) continue
      const group = groupAround(claim.span.line)
      if (!group || !contradicts(claim, group)) continue
      const id = `${item.key}\u0000${group.span.line}`
      if (seen.has(id)) continue
      seen.add(id)
      drafts.push({
        messageId: 'misfiled',
        data: { actual: claim.status, item: item.name, label: group.label, otherLine: group.span.line, expected: group.status },
        span: claim.span,
        related: [{ ...group.span, message: `Section labels its items \`${group.status}\`` }],
        items: [item.name],
        actual: claim.status,
        expected: group.status,
        // A label that only says "not done" ("Remaining", ⚠️) files things loosely; an entry's own
        // figure under a done label ("Timesheets - 7/8 (88%)" under "Complete modules") says it outright.
        confidence: (isExplicit(claim) || ownFigure(claim)) && group.vague !== true ? 'high' : 'medium',
      })
    }
  }
  return drafts
}

/** A figure the entry states of itself after its name, where the group gave it no marker. */
function ownFigure(claim: StatusClaim): boolean {
  return claim.source === 'percentage' && claim.markerConflict === undefined && claim.entryLine === undefined
}

function contradicts(claim: StatusClaim, group: LabelledGroup): boolean {
  return comparable(claim.status) && comparable(group.status) && isDone(claim.status) !== isDone(group.status)
}

export const sectionConflict: Rule<'misfiled' | 'outOfRange'> = { meta, check }
