import { stemmer } from 'stemmer'

/** A name reduced for matching: stemmed tokens in reading order. */
export interface NameKey {
  key: string
  tokens: string[]
}

const stems = new Map<string, string>()
/** Porter stem, applied twice so that "deploy" and "deployment" both become "deploi". */
export function stem(word: string): string {
  let s = stems.get(word)
  if (s === undefined) {
    s = stemmer(stemmer(word))
    if (stems.size < 50_000) stems.set(word, s)
  }
  return s
}

const stemmed = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(stem))

// Words that say what kind of thing an item is without telling two items apart:
// "Prometheus Metrics Collection" is "Prometheus Metrics", "API Gateway Layer" is "API Gateway".
const FILLER = stemmed(`implementation system layer strategy collection support feature functionality module
  component setup set up configuration config infrastructure service the a an of for and with to in on via by
  capability mechanism framework tool integration solution engine handling logic process flow workflow page view
  content`)
// Words that make a different thing of the same name: "Advanced health checks" is not "Health checks".
const QUALIFIERS = stemmed(`advanced basic full complete partial custom additional extra enhanced remaining
  initial final new old legacy extended improved optimized automatic automated manual multi cross real time
  second first primary secondary external internal mobile web desktop frontend backend front end back server
  client v1 v2 v3 phase more other predictive detailed`)
// Status words and generic nouns are not part of an item's name.
const NOISE = stemmed(`done complete completed incomplete implemented fully partial partially missing pending todo not yet
  finished shipped wip progress status item items task tasks`)
// Verbs of intent that open a plan entry ("Setup Prometheus Metrics"), as written, not stemmed:
// "Deploy Prometheus" loses its verb, "Deployment basics" keeps its noun.
const ACTIONS = new Set([
  'add', 'create', 'implement', 'setup', 'set', 'complete', 'finish', 'deploy', 'enable', 'write',
  'introduce', 'integrate', 'configure', 'install', 'develop', 'enhance', 'improve', 'fix', 'update',
  'migrate', 'evaluate', 'establish', 'define', 'conduct', 'make', 'provide', 'build', 'finalize',
  'finalise', 'wire', 'hook', 'connect', 'document', 'test', 'verify', 'run', 'apply', 'start', 'begin',
])


/** Tokens of a name: lowercase words, emoji and punctuation dropped, hyphens split, stemmed. */
export function tokenize(name: string): string[] {
  return words_(name).map(stem)
}

/** The matching key of a name: its tokens without noise words. */
export function nameKey(name: string): NameKey {
  // Numbers stay: "MVP-3" is not "MVP-4", "Phase 1" is not "Phase 2".
  const tokens = tokenize(name).filter((t) => !NOISE.has(t))
  const kept = tokens.length > 0 ? tokens : tokenize(name)
  return { key: kept.join(' '), tokens: kept }
}

/** Whether a name is nothing but status words ("Complete", "Not implemented", "Done items"). */
export function isStatusWording(name: string): boolean {
  const tokens = tokenize(name)
  return tokens.length > 0 && tokens.every((t) => NOISE.has(t))
}

/** The key of a plan entry's name, with its leading verb of intent ("Setup", "Add") removed. */
export function planKey(name: string): NameKey {
  const words = words_(name)
  while (words.length > 1 && ACTIONS.has(words[0]!)) words.shift()
  return nameKey(words.join(' '))
}

function words_(name: string): string[] {
  // A query string parameterises an endpoint without naming another one: "GET /bookings?page&status" is "GET /bookings".
  return name.toLowerCase().replace(QUERY, '$1').replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

// Matched forward from the slash (a lookbehind would rescan the path at every '?': quadratic on long lines).
const QUERY = /(\/[\w{}:.-]*)\?[\w&=.,%{}[\]:-]*/g

/** Tokens that identify the thing: the key without filler words. */
export function coreTokens(tokens: readonly string[]): string[] {
  const core = tokens.filter((t) => !FILLER.has(t))
  return core.length > 0 ? core : [...tokens]
}

/**
 * Whether the shorter name plausibly names the same thing as the longer one: its tokens
 * appear in the longer name in the same order (a filler word may be absent, not misplaced),
 * and what the longer name adds is neither a qualifier ("Advanced …") nor more than it shares.
 * One-token names are left to the caller, which only accepts a unique match.
 */
export function namesMatch(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = coreTokens(a).length <= coreTokens(b).length ? [a, b] : [b, a]
  const core = coreTokens(short)
  if (core.length === 0) return false
  const used = new Set<number>()
  let pos = 0
  let skipped = 0
  for (const t of short) {
    const at = long.indexOf(t, pos)
    if (at >= 0) { used.add(at); pos = at + 1; continue }
    if (FILLER.has(t) && !long.includes(t)) { skipped++; continue }
    return false
  }
  const extra = long.filter((t, i) => !used.has(i) && !FILLER.has(t))
  if (extra.some((t) => QUALIFIERS.has(t))) return false
  // Each name saying something the other lacks ("Docker Configuration", "Docker/Kubernetes") names two things.
  if (skipped > 0 && extra.length > 0) return false
  return extra.length <= core.length
}

// Words that say a heading groups things without naming them: "Infrastructure Gaps" is about "Infrastructure".
const GROUP_WORDS = new Set(['gaps', 'areas', 'categories', 'overview', 'breakdown', 'summary', 'sections', 'groups', 'progress', 'completion', 'status'].map(stem))

/** The key of a category name ("Infrastructure Gaps" → "infrastructur"): the name key without group words. */
export function categoryKey(name: string): NameKey {
  // Unlike item names, numbers tell categories apart ("MVP-1", "Phase 2"); numbering is already stripped.
  const tokens = tokenize(name).filter((t) => !NOISE.has(t))
  const kept = tokens.filter((t) => !GROUP_WORDS.has(t))
  return kept.length > 0 ? { key: kept.join(' '), tokens: kept } : { key: tokens.join(' '), tokens }
}

/**
 * Whether two matching keys surely name the same thing: the longer adds no word before what they
 * share and at most one word in all ("Database Performance Views" is "Database Views"; "Network
 * integration tests" and "Unit tests for the CLI flags" qualify their shorter names and may be
 * other things).
 */
export function closeNames(a: string, b: string): boolean {
  if (a === b) return true
  const [x, y] = [a.split(' ').filter((t) => !FILLER.has(t)), b.split(' ').filter((t) => !FILLER.has(t))]
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return long.length === 0 || (short.includes(long[0]!) && long.filter((t) => !short.includes(t)).length <= 1)
}

/** Words of either name the other lacks, filler words aside: how far apart two matching names are. */
export function leftoverTokens(a: readonly string[], b: readonly string[]): number {
  const missing = (x: readonly string[], y: readonly string[]) => x.filter((t) => !FILLER.has(t) && !y.includes(t)).length
  return missing(a, b) + missing(b, a)
}

const FILE_NAME = /[\w-]\.(?:md|mdx|py|ts|tsx|js|jsx|mjs|json|ya?ml|toml|sh|sql|go|rs|java|kt|rb|php|css|scss|html|txt|lock|cfg|ini|env)\b|\w\/\w/i

/** Whether a name is (or mentions) a file path: such names only meet by equal keys, never by shared words. */
export function namesFile(name: string): boolean {
  return FILE_NAME.test(name)
}
