import type { Heading, List, ListItem, RootContent } from 'mdast'
import { readDirectives } from '../../parse/directives.js'
import { qualify } from '../../contract/item-key.js'
import type { Section } from '../types.js'
import type { Status } from '../../contract/status.js'
import type { StatedCount } from '../number-types.js'
import { addClaim, currentSection, labelledSection, parentItem, span, type Walk } from './context.js'
import { closeList, closeTable, mark } from './counted-lists.js'
import { readHeadingCounts } from './counts.js'
import { readKindLine, readLabelLine } from './fields.js'
import { isPlanTitle, readHeading, type SectionKind } from './headings.js'
import { inlineLines, plainText } from './inline.js'
import { itemKeyFor, readLine, readRefs, spanOfLine, type Owner } from './lines.js'
import { readTable } from './tables.js'
import { readProgressBars } from './progress-bars.js'
import { entryClaim, entryName } from './entries.js'

/** A status label: "✅ Implemented:", "## Missing Features", "Remaining:". */
interface Label {
  status: Status
  vague: boolean
}

/** What a list inherits from where it stands. */
interface ListContext {
  /** The status label the list is filed under; vague when it only says "not done" ("Remaining:"). */
  label?: Label
  owner?: Owner
  parent?: string
  top: boolean
  /** The kind its label line gives the list ("Won't fix:"), over the section's. */
  kind?: SectionKind
  /** Its label line says it is work to do ("**What's Next:**", "Next steps:"). */
  plan?: boolean
}

/**
 * Lists and blockquotes nested deeper than this are not read. The walk recurses once per level;
 * parse/limits.ts keeps parsed text far below this, so it only guards trees built elsewhere.
 */
export const MAX_DEPTH = 200

/** Runs `inside` one container level deeper, or not at all past MAX_DEPTH. */
function nested(walk: Walk, inside: () => void): void {
  if (walk.depth >= MAX_DEPTH) return
  walk.depth++
  try {
    inside()
  } finally {
    walk.depth--
  }
}

/** Walks block content in order, recording facts. */
export function walkBlocks(walk: Walk, source: readonly string[], nodes: readonly RootContent[], owner?: Owner): void {
  let pendingLabel: Label | undefined
  let pendingKind: SectionKind | undefined
  let pendingPlan = false
  let previous: { type: string; end: number } = { type: '', end: -1 }
  for (const node of nodes) {
    const label = pendingLabel
    const kind = pendingKind
    const plan = pendingPlan
    pendingLabel = undefined
    pendingKind = undefined
    pendingPlan = false
    // A count announces a list or table only from the heading or line right before it ("Top 5 risks:").
    const announcing = (previous.type === 'heading' || previous.type === 'paragraph') && walk.intro?.span.line === previous.end
    const intro = announcing ? walk.intro : undefined
    walk.intro = undefined
    previous = { type: node.type, end: node.position?.end.line ?? -1 }
    switch (node.type) {
      case 'heading':
        openSection(walk, node)
        break
      case 'paragraph': {
        const lines = inlineLines(node, node.position?.start.line ?? 1)
        pendingKind = lines.length === 1 ? readKindLine(lines[0]!.text, walk.vocab) : undefined
        pendingPlan = lines.length === 1 && lines[0]!.text.trim().endsWith(':') && isPlanTitle(lines[0]!.text, walk.vocab)
        const only = lines.length === 1 && pendingKind === undefined ? readLabelLine(lines[0]!.text, walk.vocab) : undefined
        if (only) {
          pendingLabel = only
          walk.facts.groups.push({ label: lines[0]!.text, status: only.status, span: span(walk, node), endLine: node.position?.end.line ?? 1, kind: 'list', ...(only.vague ? { vague: true } : {}) })
        }
        for (const line of lines) {
          readLine(walk, source, line, owner)
          readRefs(walk, source, line, itemKeyFor(walk, owner))
        }
        break
      }
      case 'list': {
        const section = labelledSection(walk)
        const headingLabel = section ? { status: section.label!, vague: section.labelVague === true } : undefined
        const group = label !== undefined ? walk.facts.groups.at(-1) : undefined
        if (group) group.endLine = node.position?.end.line ?? group.endLine
        const inherited = label ?? headingLabel
        nested(walk, () => walkList(walk, source, node, { ...(inherited ? { label: inherited } : {}), ...(owner ? { owner } : {}), ...(parentOf(walk, owner)), top: owner === undefined, ...(kind ? { kind } : {}), ...(plan ? { plan } : {}) }, intro))
        break
      }
      case 'table': {
        const before = mark(walk)
        readTable(walk, node, owner)
        closeTable(walk, walk.facts.tables.at(-1)!, before, intro)
        break
      }
      case 'blockquote':
        nested(walk, () => walkBlocks(walk, source, node.children, owner))
        break
      case 'code':
        readProgressBars(walk, source, node)
        break
      case 'yaml':
        walk.facts.frontMatter = node.value
        break
      case 'html':
        walk.facts.directives.push(...readDirectives(node.value, span(walk, node)))
        break
      default:
        break
    }
  }
}

function parentOf(walk: Walk, owner?: Owner): { parent?: string } {
  const parent = owner?.parent ?? parentItem(walk)
  return parent ? { parent } : {}
}

function openSection(walk: Walk, node: Heading): void {
  const text = plainText(node)
  const reading = readHeading(text, walk.vocab, walk.numbers)
  // A document title ("Remaining Items from …", "Remaining work") names the document, not a group or a plan.
  if (node.depth === 1) {
    delete reading.label
    reading.plan = false
  }
  while ((walk.stack.at(-1)?.depth ?? 0) >= node.depth) walk.stack.pop()
  const outer = walk.stack.at(-1)
  const at = span(walk, node)
  const section: Section = {
    depth: node.depth,
    text: reading.name || text,
    path: [...(outer?.path ?? []), reading.name || text],
    span: at,
    endLine: at.endLine,
    plan: reading.plan || (outer?.plan ?? false),
    documentLevel: reading.documentLevel,
    ...(reading.label !== undefined ? { label: reading.label } : {}),
    ...(reading.labelVague ? { labelVague: true } : {}),
  }
  const kind = reading.kind ?? outer?.kind
  if (kind) section.kind = kind
  const claim = reading.claim
  if (claim && (node.depth === 1 || reading.documentLevel)) {
    // "# Migration — COMPLETE" is a verdict; a decorative "## ✅ Summary" is not.
    const worded = claim.word !== undefined || claim.percent === 100
    const subject = reading.documentLevel ? undefined : reading.name
    if (claim.status === 'done' && worded) walk.facts.verdicts.push({ text, claims: 'done', scope: [], ...(subject ? { subject } : {}), span: at })
  } else if (claim && reading.name) {
    const parent = parentItem(walk)
    const made = addClaim(walk, {
      name: reading.name, raw: claim.raw, source: claim.percent !== undefined ? 'percentage' : 'heading',
      ...(claim.percent !== undefined ? { percent: claim.percent } : {}), ...(parent ? { parent } : {}), span: at,
    }, claim)
    section.itemKey = qualify(made.parent, made.key)
  }
  if (reading.label !== undefined) {
    walk.facts.groups.push({ label: text, status: reading.label, span: at, endLine: at.endLine, kind: 'heading', ...(reading.labelVague ? { vague: true } : {}) })
  }
  walk.facts.sections.push(section)
  walk.stack.push(section)
  walk.intro = readHeadingCounts(walk, text, at)
}

/** Walks a list: task items, marker items, items under a status label, plan entries, fields. */
function walkList(walk: Walk, source: readonly string[], list: List, ctx: ListContext, intro?: StatedCount): void {
  const before = mark(walk)
  const outerKind = walk.listKind
  if (ctx.kind) walk.listKind = ctx.kind
  try {
    for (const item of list.children) walkEntry(walk, source, item, ctx)
  } finally {
    walk.listKind = outerKind
  }
  closeList(walk, list, before, intro)
}

function walkEntry(walk: Walk, source: readonly string[], item: ListItem, ctx: ListContext): void {
  const first = item.children[0]
  const para = first?.type === 'paragraph' ? first : undefined
  const lines = para ? inlineLines(para, para.position?.start.line ?? 1) : []
  const head = lines[0]
  let claimKey: string | undefined
  let name: string | undefined
  let nestedLabel: Label | undefined
  let nestedKind: SectionKind | undefined
  let headIntro: StatedCount | undefined
  if (head && para) {
    name = entryName(head.text, para, walk.vocab)
    const at = spanOfLine(walk, source, head.line)
    const base = { name, raw: head.text, ...(ctx.parent ? { parent: ctx.parent } : {}), span: at }
    const fieldClaim = readLine(walk, source, head, ctx.owner, true)
    headIntro = lines.length === 1 ? walk.intro : undefined
    nestedKind = readKindLine(head.text, walk.vocab)
    nestedLabel = nestedKind === undefined ? readLabelLine(head.text, walk.vocab) : undefined
    if (fieldClaim) {
      // A "Status: …" line belongs to the entry or heading that owns it, not to a new item.
    } else if (nestedKind !== undefined) {
      // "Out of scope:" files what follows as no work at all.
    } else if (nestedLabel !== undefined) {
      walk.facts.groups.push({ label: head.text, status: nestedLabel.status, span: at, endLine: item.position?.end.line ?? at.endLine, kind: 'list', ...(nestedLabel.vague ? { vague: true } : {}) })
    } else if (typeof item.checked === 'boolean') {
      claimKey = addClaim(walk, { ...base, source: 'task' }, { status: item.checked ? 'done' : 'todo', vague: false }).key
    } else {
      claimKey = entryClaim(walk, head, name, base, ctx)
    }
    const entryKey = claimKey ?? fieldClaim?.key ?? itemKeyFor(walk, ctx.owner)
    readRefs(walk, source, head, entryKey)
    for (const line of lines.slice(1)) {
      readLine(walk, source, line, name ? { name, ...(ctx.parent ? { parent: ctx.parent } : {}), ...(claimKey !== undefined ? { line: head.line } : {}) } : ctx.owner, true)
      readRefs(walk, source, line, entryKey)
    }
  }
  const rest = item.children.slice(para ? 1 : 0)
  const ownKey = claimKey !== undefined ? qualify(ctx.parent, claimKey) : undefined
  const owner: Owner | undefined = name ? { name, ...(ownKey ? { parent: ownKey, line: head!.line } : ctx.parent ? { parent: ctx.parent } : {}) } : ctx.owner
  for (const child of rest) {
    if (child.type === 'list') {
      const parent = ownKey ?? ctx.parent
      nested(walk, () => walkList(walk, source, child, {
        ...(nestedLabel !== undefined ? { label: nestedLabel } : {}),
        ...(nestedKind !== undefined ? { kind: nestedKind } : {}),
        ...(owner ? { owner: { name: owner.name, ...(ctx.parent ? { parent: ctx.parent } : {}), ...(owner.line !== undefined ? { line: owner.line } : {}) } } : {}),
        ...(parent ? { parent } : {}),
        top: false,
      }, headIntro))
    } else walkBlocks(walk, source, [child], owner)
  }
}
