/** A stretch of unfilled template text found in a line. */
export interface PlaceholderMatch {
  text: string
  index: number
}

const NOUNS = 'date|name|project|company|version|author|owner|email|url|link|title|description|number|value|team|person|here|insert|todo|tbd|placeholder|your|organi[sz]ation|repo|repository|address|phone|time|year|month|day|amount|percentage|status|client|product|feature|module|service|reviewer|manager|contact|location|path|id'
const PATTERNS: RegExp[] = [
  // [Current Date], [Project Name], [Insert link here]: capitalised words in brackets naming a blank.
  new RegExp(`\\[(?:[A-Z][\\w'-]{0,20} ){0,4}(?:${NOUNS})(?: [\\w'-]{1,20}){0,3}\\]`, 'gi'),
  /\{\{[^{}\n]{1,80}\}\}/g,
  /<\s*(?:insert|enter|add|your|replace)\b[^<>\n]{0,80}>/gi,
  /\b(?:TBD|TBA|TKTK)\b/g,
  /(?<![\w.])X{2,3}(?:\.X{1,2})?\s?%/g,
  /\b(?:YYYY-MM-DD|MM\/DD\/YYYY|DD\/MM\/YYYY|YYYY\/MM\/DD)\b/g,
  /\blorem ipsum\b/gi,
]

/** Unfilled template text in one line of prose (inline code already removed). */
export function findPlaceholders(line: string): PlaceholderMatch[] {
  if (line.length > 5000) return []
  const found: PlaceholderMatch[] = []
  for (const re of PATTERNS) {
    re.lastIndex = 0
    for (const m of line.matchAll(re)) {
      // A bracketed word list must start with a capital or be all-caps to be a template blank.
      if (m[0].startsWith('[') && !/^\[[A-Z]/.test(m[0])) continue
      found.push({ text: m[0], index: m.index })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}
