import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CHUNK_SIZE, chunkStarts, hasFrontMatter, type Piece } from './chunks.js'
import './edit-map.js'

let processor: ReturnType<typeof build> | undefined
let inner: ReturnType<typeof build> | undefined

/** The parser; front matter only where a document starts, never at the start of a later piece. */
function build(frontMatter = true) {
  const base = unified().use(remarkParse)
  return (frontMatter ? base.use(remarkFrontmatter, ['yaml']) : base).use(remarkGfm).freeze()
}

/**
 * Parses markdown into an mdast tree (CommonMark + GFM tables, task lists, strikethrough; YAML front matter).
 * A large document is parsed in pieces that parse the same apart (see chunks.ts), so that the
 * time stays linear in its size; the pieces' trees are joined with positions in the whole text.
 */
export function parseMarkdown(text: string, pieceSize = CHUNK_SIZE): Root {
  // remark-frontmatter misreads the rest of a document that opens with "---" and never closes
  // it (a list after it becomes a paragraph), so it only runs where a closed block is there.
  const first = hasFrontMatter(text) ? (processor ??= build()) : (inner ??= build(false))
  const pieces = chunkStarts(text, pieceSize)
  if (pieces.length === 1) return first.parse(text)
  return joinPieces(text, pieces, first) ?? first.parse(text)
}

/** Parses each piece and joins the trees; undefined when a table piece does not continue a table as expected. */
function joinPieces(text: string, pieces: readonly Piece[], first: ReturnType<typeof build>): Root | undefined {
  const root: Root = { type: 'root', children: [] }
  // Every piece sees every link and footnote definition, appended after its own text; the
  // definitions' own nodes are dropped again (they start past the piece's last line).
  const definitions = definitionLines(text)
  let line = 0
  for (const [i, piece] of pieces.entries()) {
    const body = text.slice(piece.start, pieces[i + 1]?.start ?? text.length)
    const head = piece.tableHead ?? ''
    const headLines = lineBreaks(head)
    // A later piece opening with "---" is a thematic break, not front matter.
    const tree = (i === 0 ? first : (inner ??= build(false))).parse(head + body + definitions)
    const own = headLines + lineBreaks(body) + 1
    tree.children = tree.children.filter((n) => (n.position?.start.line ?? 0) <= own)
    shift(tree, line - headLines, piece.start - head.length)
    if (piece.tableHead !== undefined) {
      // The repeated header row is dropped; the body rows join the table the last piece ended with.
      const [first, ...rest] = tree.children
      const last = root.children.at(-1)
      if (first?.type !== 'table' || last?.type !== 'table' || first.position?.start.line !== line + 1 - headLines) return undefined
      last.children.push(...first.children.slice(1))
      if (last.position && first.position) last.position.end = first.position.end
      root.children.push(...rest)
    } else if (piece.continuesList !== undefined) {
      // The items join the list the last piece ended with; blank lines between items make it loose.
      const [first, ...rest] = tree.children
      const last = root.children.at(-1)
      if (first?.type !== 'list' || last?.type !== 'list' || first.ordered !== last.ordered || first.position?.start.line !== line + 1) return undefined
      last.children.push(...first.children)
      last.spread = Boolean(last.spread || first.spread || piece.continuesList.afterBlank)
      if (last.position && first.position) last.position.end = first.position.end
      root.children.push(...rest)
    } else {
      root.children.push(...tree.children)
    }
    line += lineBreaks(body)
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: line + 1, column: 1, offset: text.length } }
  return root
}

/** Moves every position in a tree down by `lines` lines and `offset` characters (iteratively: trees can be deep). */
function shift(tree: Root, lines: number, offset: number): void {
  const stack: Nodes[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    const { position } = node
    if (position) {
      position.start = { ...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset }
      position.end = { ...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
}

/** Lines that define a link reference or footnote (`[id]: url`, `[^1]: text`), after a blank line, or ''. */
function definitionLines(text: string): string {
  const found = text.match(/^ {0,3}\[[^\]\n]{1,999}\]:.*$/gm)
  return found ? `\n\n${found.join('\n')}\n` : ''
}

/** Line breaks in a text: CRLF, CR and LF each count one, as in micromark. */
function lineBreaks(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++
  }
  return n
}
