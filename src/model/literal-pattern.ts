/**
 * A regular-expression source that matches any of some literal phrases, longest first, written as
 * a trie ("not (?:yet (?:done|merged)|done)") rather than one alternative per phrase. Both match
 * the same text, but the engine tries a trie's branches by their first character only, so a
 * vocabulary of thousands of phrases costs about as much per position as its longest phrase.
 */
export function literalPattern(phrases: Iterable<string>): string {
  const root: Node = { next: new Map(), end: false }
  for (const phrase of phrases) {
    let node = root
    for (const ch of phrase) {
      let child = node.next.get(ch)
      if (!child) { child = { next: new Map(), end: false }; node.next.set(ch, child) }
      node = child
    }
    node.end = true
  }
  return emit(root)
}

interface Node { next: Map<string, Node>; end: boolean }

// Only syntax characters may be escaped under the `u` flag.
const escape = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** The pattern below a node: its branches, each char then what follows it; optional where a phrase may end here. */
function emit(node: Node): string {
  const branches: string[] = []
  for (const [ch, child] of node.next) branches.push(escape(ch) + emit(child))
  if (branches.length === 0) return ''
  const body = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`
  // Greedy: a longer phrase is tried before ending here, as the longest-first alternation did.
  return node.end ? (branches.length === 1 ? `(?:${branches[0]})?` : `${body}?`) : body
}
