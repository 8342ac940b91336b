import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

let processor: ReturnType<typeof build> | undefined

function build() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
}

/** Parses markdown into an mdast tree (CommonMark + GFM tables, task lists, strikethrough; YAML front matter). */
export function parseMarkdown(text: string): Root {
  processor ??= build()
  return processor.parse(text)
}
