import leven from 'leven'

/**
 * The candidate closest to `word`, if it is close enough to be a typo: within a third of the
 * word's length (at least 2 edits), case ignored; a prefix of 3+ letters counts as one edit
 * ("warn" → "warning"). Used for "did you mean" in config errors and directives.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const [a, b] = [word.toLowerCase(), candidate.toLowerCase()]
    const d = a.length >= 3 && b.startsWith(a) ? 1 : leven(a, b)
    if (d < bestDistance) { best = candidate; bestDistance = d }
  }
  return best
}
