import { toString } from 'mdast-util-to-string'
import type { Nodes, PhrasingContent } from 'mdast'

/** One source line of an inline container, as plain text. */
export interface TextLine {
  line: number
  /** Plain text of the line: markdown stripped, inline code kept without backticks. */
  text: string
  /** The same without inline code, for checks that must not read code. */
  prose: string
  /** Inline code spans and link targets on the line: candidate file paths. */
  refs: string[]
}

/** The plain text of a paragraph, heading or cell, split by source line. */
export function inlineLines(node: { children: PhrasingContent[] }, startLine: number): TextLine[] {
  const lines: TextLine[] = []
  let current: TextLine = { line: startLine, text: '', prose: '', refs: [] }
  const push = (value: string, line: number | undefined, code: boolean) => {
    if (line !== undefined && line > current.line) {
      lines.push(current)
      current = { line, text: '', prose: '', refs: [] }
    }
    if (code) current.refs.push(value)
    const parts = value.split('\n')
    current.text += parts[0]
    if (!code) current.prose += parts[0]
    for (let i = 1; i < parts.length; i++) {
      lines.push(current)
      current = { line: current.line + 1, text: parts[i]!, prose: code ? '' : parts[i]!, refs: [] }
    }
  }
  const walk = (n: Nodes) => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        push(n.value, n.position?.start.line, n.type === 'inlineCode')
        return
      case 'break':
        return
      case 'link':
        for (const c of n.children) walk(c)
        if (n.position && n.position.start.line >= current.line) current.refs.push(n.url)
        return
      case 'image':
      case 'html':
      case 'footnoteReference':
      case 'imageReference':
        return
      default:
        if ('children' in n) for (const c of n.children as Nodes[]) walk(c)
    }
  }
  for (const c of node.children) walk(c)
  lines.push(current)
  return lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => ({ line: l.line, text: l.text.trim(), prose: l.prose.trim(), refs: l.refs }))
}

/** The plain text of an inline container on one line (cells, headings). */
export function plainText(node: { children: PhrasingContent[] }): string {
  return toString(node as Nodes, { includeImageAlt: false, includeHtml: false }).replace(/\s+/g, ' ').trim()
}

/** The leading bold or emphasised text of a container, if it opens with one ("**Command Library** - …"). */
export function leadingStrong(node: { children: PhrasingContent[] }): string | undefined {
  for (const c of node.children) {
    if (c.type === 'text' && c.value.trim() === '') continue
    if (c.type === 'text' && /^[\s\p{Extended_Pictographic}\uFE0F\d.)[\]x-]*$/u.test(c.value)) continue
    if (c.type === 'strong' || c.type === 'emphasis') return plainText(c)
    return undefined
  }
  return undefined
}
