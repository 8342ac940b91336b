import type { Root } from 'mdast'
import type { Node } from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { pieceStarts } from './split-blocks.js'

let processor: ReturnType<typeof build> | undefined

function build() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
}

/** Below this many characters a document is parsed whole; above, in pieces of at least as much. */
export const PIECE = 256 * 1024

/**
 * Parses markdown into an mdast tree (CommonMark + GFM tables, task lists, strikethrough; YAML
 * front matter). A long document is parsed in pieces cut before top-level headings (see
 * split-blocks.ts) and put back together, positions and all, into the tree a whole parse gives.
 */
export function parseMarkdown(text: string, piece = PIECE): Root {
  processor ??= build()
  const starts = pieceStarts(text, piece)
  if (starts.length === 1) return processor.parse(text)
  const root: Root = { type: 'root', children: [] }
  let line = 0
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length
    const tree = processor!.parse(text.slice(start, end))
    shift(tree, line, start)
    root.children.push(...tree.children)
    if (i === 0) root.position = { start: tree.position!.start, end: tree.position!.end }
    else root.position!.end = tree.position!.end
    line += lineBreaks(text, start, end)
  })
  return root
}

/** Moves every position of a piece's tree to where the piece stands in the document. */
function shift(node: Node, lines: number, offset: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line += lines
      if (point.offset !== undefined) point.offset += offset
    }
  }
  if ('children' in node) for (const child of node.children as Node[]) shift(child, lines, offset)
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) count++
  }
  return count
}
