import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast'
import { planKey } from '../names.js'
import type { Section, Status } from '../types.js'
import { readStatus } from '../vocabulary.js'
import { addClaim, currentSection, parentItem, span, type Walk } from './context.js'
import { readLabelLine } from './fields.js'
import { readHeading, stripMarkers, stripNumbering, trimSeparators } from './headings.js'
import { inlineLines, leadingStrong, plainText } from './inline.js'
import { readLine, spanOfLine, type Owner } from './lines.js'
import { readTable } from './tables.js'

/** What a list inherits from where it stands. */
interface ListContext {
  label?: Status
  owner?: Owner
  parent?: string
  top: boolean
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
  let pendingLabel: Status | undefined
  for (const node of nodes) {
    const label = pendingLabel
    pendingLabel = undefined
    switch (node.type) {
      case 'heading':
        openSection(walk, node)
        break
      case 'paragraph': {
        const lines = inlineLines(node, node.position?.start.line ?? 1)
        const only = lines.length === 1 ? readLabelLine(lines[0]!.text, walk.vocab) : undefined
        if (only) {
          pendingLabel = only
          walk.facts.groups.push({ label: lines[0]!.text, status: only, span: span(walk, node), endLine: node.position?.end.line ?? 1, kind: 'list' })
        }
        for (const line of lines) readLine(walk, source, line, owner)
        break
      }
      case 'list': {
        const section = currentSection(walk)
        const headingLabel = section && section.label !== undefined && section.itemKey === undefined ? section.label : undefined
        const group = label !== undefined ? walk.facts.groups.at(-1) : undefined
        if (group) group.endLine = node.position?.end.line ?? group.endLine
        const inherited = label ?? headingLabel
        nested(walk, () => walkList(walk, source, node, { ...(inherited ? { label: inherited } : {}), ...(owner ? { owner } : {}), ...(parentOf(walk, owner)), top: owner === undefined }))
        break
      }
      case 'table':
        readTable(walk, node, owner)
        break
      case 'blockquote':
        nested(walk, () => walkBlocks(walk, source, node.children, owner))
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
  const reading = readHeading(text, walk.vocab)
  // A document title ("Remaining Items from …") names the document, not a group of its items.
  if (node.depth === 1) delete reading.label
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
  }
  const claim = reading.claim
  if (claim && (node.depth === 1 || reading.documentLevel)) {
    if (claim.status === 'done') walk.facts.verdicts.push({ text: text, claims: 'done', scope: [], span: at })
  } else if (claim && reading.name) {
    const parent = parentItem(walk)
    const made = addClaim(walk, {
      name: reading.name, raw: claim.raw, source: claim.percent !== undefined ? 'percentage' : 'heading',
      ...(claim.percent !== undefined ? { percent: claim.percent } : {}), ...(parent ? { parent } : {}), span: at,
    }, claim)
    section.itemKey = made.key
  }
  if (reading.label !== undefined) {
    walk.facts.groups.push({ label: text, status: reading.label, span: at, endLine: at.endLine, kind: 'heading' })
  }
  walk.facts.sections.push(section)
  walk.stack.push(section)
}

/** Walks a list: task items, marker items, items under a status label, plan entries, fields. */
function walkList(walk: Walk, source: readonly string[], list: List, ctx: ListContext): void {
  for (const item of list.children) walkEntry(walk, source, item, ctx)
}

function walkEntry(walk: Walk, source: readonly string[], item: ListItem, ctx: ListContext): void {
  const first = item.children[0]
  const para = first?.type === 'paragraph' ? first : undefined
  const lines = para ? inlineLines(para, para.position?.start.line ?? 1) : []
  const head = lines[0]
  let claimKey: string | undefined
  let name: string | undefined
  let nestedLabel: Status | undefined
  if (head && para) {
    name = entryName(head.text, para)
    const at = spanOfLine(walk, source, head.line)
    const base = { name, raw: head.text, ...(ctx.parent ? { parent: ctx.parent } : {}), span: at }
    const fieldClaim = readLine(walk, source, head, ctx.owner)
    nestedLabel = readLabelLine(head.text, walk.vocab)
    if (fieldClaim) {
      // A "Status: …" line belongs to the entry or heading that owns it, not to a new item.
    } else if (nestedLabel !== undefined) {
      walk.facts.groups.push({ label: head.text, status: nestedLabel, span: at, endLine: item.position?.end.line ?? at.endLine, kind: 'list' })
    } else if (typeof item.checked === 'boolean') {
      claimKey = addClaim(walk, { ...base, source: 'task' }, { status: item.checked ? 'done' : 'todo', vague: false }).key
    } else {
      const reading = markerReading(walk, head.text)
      if (reading) claimKey = addClaim(walk, { ...base, source: 'list-marker' }, reading).key
      else if (ctx.label !== undefined && name) claimKey = addClaim(walk, { ...base, source: 'status-list' }, { status: ctx.label, vague: false }).key
      else if (currentSection(walk)?.plan && ctx.top && name) walk.facts.plan.push({ name, key: planKey(name).key, span: at })
    }
    for (const line of lines.slice(1)) readLine(walk, source, line, name ? { name, ...(ctx.parent ? { parent: ctx.parent } : {}) } : ctx.owner)
  }
  const rest = item.children.slice(para ? 1 : 0)
  const owner: Owner | undefined = name ? { name, ...(claimKey ? { parent: claimKey } : ctx.parent ? { parent: ctx.parent } : {}) } : ctx.owner
  for (const child of rest) {
    if (child.type === 'list') {
      const parent = claimKey ?? ctx.parent
      nested(walk, () => walkList(walk, source, child, {
        ...(nestedLabel !== undefined ? { label: nestedLabel } : {}),
        ...(owner ? { owner: { name: owner.name, ...(ctx.parent ? { parent: ctx.parent } : {}) } } : {}),
        ...(parent ? { parent } : {}),
        top: false,
      }))
    } else walkBlocks(walk, source, [child], owner)
  }
}

/** A status from a marker in a list entry's first line, unless the line is a `Label: value` field. */
function markerReading(walk: Walk, text: string) {
  const marker = walk.vocab.marker(text)
  if (!marker) return undefined
  const before = stripMarkers(text.slice(0, marker.index))
  if (before.includes(':')) return undefined
  return readStatus(text.slice(marker.index), walk.vocab)
}

/** The name a list entry gives: its leading bold text, else its text up to a dash or colon. */
export function entryName(text: string, para: Paragraph): string {
  const strong = leadingStrong(para)
  if (strong) return trimSeparators(stripMarkers(stripNumbering(strong)))
  let name = stripMarkers(text)
  for (const sep of [' - ', ' – ', ' — ', ': ']) {
    const i = name.indexOf(sep)
    if (i > 0) name = name.slice(0, i)
  }
  const paren = name.indexOf(' (')
  if (paren > 0) name = name.slice(0, paren)
  return trimSeparators(stripNumbering(name)).slice(0, 120)
}
