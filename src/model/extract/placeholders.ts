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
  /(?<![\w.])X{2,3}(?:\.X{1,2})?\s?%/g,
  /\b(?:YYYY-MM-DD|MM\/DD\/YYYY|DD\/MM\/YYYY|YYYY\/MM\/DD)\b/g,
  // A date with its day or month left as XX: "2025-01-XX", "2025-XX-XX".
  /\b\d{4}-(?:\d{2}|XX)-XX\b/g,
  /\blorem ipsum\b/gi,
]

// Who, when and which version are facts a document must state; elsewhere "TBD" honestly says "not decided yet".
const METADATA = /^(?:owners?|assignees?|author|authors|date|due|due date|deadline|eta|target date|version|release|contact|reviewers?|lead|approvers?|responsible|maintainers?|prepared by|last updated|updated)$/i

/** "TBD" standing for the value of a metadata field or column ("Owner: TBD"), if it does. */
export function metadataPlaceholder(label: string, value: string): PlaceholderMatch | undefined {
  const m = /^[\s*_`]*(TBD|TBA|TKTK)\b/.exec(value)
  return m && METADATA.test(label.trim()) ? { text: m[1]!, index: m.index + m[0].length - m[1]!.length } : undefined
}

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
