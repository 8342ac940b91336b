import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

let processor: ReturnType<typeof build> | undefined

function build() {
  return unified().use(remarkParse).use(remarkGfm).freeze()
}

/** Parses markdown into an mdast tree (CommonMark + GFM tables, task lists, strikethrough). */
export function parseMarkdown(text: string): Root {
  processor ??= build()
  return processor.parse(text)
}
