import { stemmer } from 'stemmer'
import { foldCase } from './language-words.js'
import { languageTable, snowballStemmer, type LanguageCode } from './languages.js'

/** A name reduced for matching: stemmed tokens in reading order. */
export interface NameKey {
  key: string
  tokens: string[]
}

const stems = new Map<string, string>()
const CYRILLIC = /\p{Script=Cyrillic}/u
/**
 * The stem of a word in a document's language: English by Porter, applied twice so that "deploy"
 * and "deployment" both become "deploi"; other languages by their Snowball stemmer ("configuração"
 * and "configurações" both "configur"); a Cyrillic word by the Russian one whatever the document's.
 */
export function stem(word: string, language: LanguageCode = 'en'): string {
  const lang = CYRILLIC.test(word) ? 'ru' : language
  const id = lang === 'en' ? word : `${lang}:${word}`
  let s = stems.get(id)
  if (s === undefined) {
    const snowball = lang === 'en' ? undefined : snowballStemmer(lang)
    s = snowball ? snowball(word) : lang === 'en' || !/[^\x00-\x7f]/.test(word) ? stemmer(stemmer(word)) : word
    if (stems.size < 50_000) stems.set(id, s)
  }
  return s
}

const stemmed = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map((w) => stem(w)))

// Words that say what kind of thing an item is without telling two items apart:
// "Prometheus Metrics Collection" is "Prometheus Metrics", "API Gateway Layer" is "API Gateway".
const FILLER = stemmed(`implementation system layer strategy collection support feature functionality module
  component setup set up configuration config infrastructure service the a an of for and with to in on via by
  capability mechanism framework tool integration solution engine handling logic process flow workflow page view
  content`)
// Words that make a different thing of the same name: "Advanced health checks" is not "Health checks".
const QUALIFIER_WORDS = `advanced basic full complete partial custom additional extra enhanced remaining
  initial final new old legacy extended improved optimized automatic automated manual multi cross real time
  second first primary secondary external internal mobile web desktop frontend backend front end back server
  client v1 v2 v3 phase more other predictive detailed core essential essentials`
const QUALIFIERS = stemmed(QUALIFIER_WORDS)
const ENGLISH_QUALIFIERS = new Set(QUALIFIER_WORDS.split(/\s+/).filter(Boolean))
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


/**
 * Tokens of a name: case-folded words, emoji and punctuation dropped, hyphens split, stemmed in the
 * document's language; a run of CJK characters, written without spaces, as its character bigrams.
 */
export function tokenize(name: string, language: LanguageCode = 'en'): string[] {
  if (language === 'en') return words_(name).flatMap((w) => (CJK_RUN.test(w) ? bigrams(w) : [stem(w)]))
  // A qualifier keeps its English stem, so that "Gestão de Projetos Core" and "Gerenciamento avançado" are told apart as in English.
  const { qualifiers } = wordsOf(language)
  return words_(name, language).flatMap((w) => (CJK_RUN.test(w) ? bigrams(w) : [ENGLISH_QUALIFIERS.has(w) || qualifiers.has(w) ? stem(w) : stem(w, language)]))
}

const CJK_RUN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u
/** "用户认证" → 用户 户认 认证: how names without spaces meet ("用户认证系统" holds "用户认证"). */
function bigrams(run: string): string[] {
  const chars = [...run]
  if (chars.length < 2) return [run]
  return chars.slice(1).map((c, i) => chars[i]! + c)
}

/** The matching key of a name: its tokens without noise words. */
export function nameKey(name: string, language: LanguageCode = 'en'): NameKey {
  // Numbers stay: "MVP-3" is not "MVP-4", "Phase 1" is not "Phase 2".
  const tokens = tokenize(name, language).filter((t) => !NOISE.has(t))
  const kept = tokens.length > 0 ? tokens : tokenize(name, language)
  return { key: kept.join(' '), tokens: kept }
}

/** Whether a name is nothing but status words ("Complete", "Not implemented", "Done items"). */
export function isStatusWording(name: string, language: LanguageCode = 'en'): boolean {
  const tokens = tokenize(name, language)
  return tokens.length > 0 && tokens.every((t) => NOISE.has(t))
}

/** The key of a plan entry's name, with its leading verb of intent ("Setup", "Add") removed. */
export function planKey(name: string, language: LanguageCode = 'en'): NameKey {
  const words = words_(language === 'en' ? name : withoutAction(name, language), language)
  while (words.length > 1 && ACTIONS.has(words[0]!)) words.shift()
  return nameKey(words.join(' '), language)
}

// A run of CJK characters, or a run of other letters and digits: "API接口" is "api" and "接口".
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])[\p{L}\p{N}])+/gu

function words_(name: string, language: LanguageCode = 'en'): string[] {
  // A query string parameterises an endpoint without naming another one: "GET /bookings?page&status" is "GET /bookings".
  const words = foldCase(name).replace(QUERY, '$1').replace(/['’]s\b/g, '').match(WORD) ?? []
  if (language === 'en') return words
  const { fillers } = wordsOf(language)
  const kept = words.filter((w) => !fillers.has(w))
  return kept.length > 0 ? kept : words
}

interface OwnWords { fillers: Set<string>; actions: string[]; qualifiers: Set<string> }
const ownWords = new Map<LanguageCode, OwnWords>()
/** A language's filler words, verbs of intent (folded, longest first) and name qualifiers, which join QUALIFIERS by their English stem. */
function wordsOf(language: LanguageCode): OwnWords {
  let own = ownWords.get(language)
  if (!own) {
    const table = languageTable(language)
    const qualifiers = new Set((table.nameQualifiers ?? []).map(foldCase))
    for (const q of qualifiers) QUALIFIERS.add(stem(q))
    own = { fillers: new Set((table.fillers ?? []).map(foldCase)), actions: (table.actions ?? []).map(foldCase).sort((a, b) => b.length - a.length), qualifiers }
    ownWords.set(language, own)
  }
  return own
}

/** A plan entry's name without the verb of intent that opens or closes it ("Implementar X", "X implementieren", "Xを実装"). */
function withoutAction(name: string, language: LanguageCode): string {
  const folded = foldCase(name).trim()
  for (const verb of wordsOf(language).actions) {
    const solid = CJK_RUN.test(verb[verb.length - 1]!)
    const sep = solid ? '' : ' '
    if (folded.startsWith(verb + sep) && folded.length > verb.length + 1) return folded.slice(verb.length)
    if (folded.endsWith(sep + verb) && folded.length > verb.length + 1) return folded.slice(0, folded.length - verb.length)
  }
  return folded
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
const GROUP_WORDS = new Set(['gaps', 'areas', 'categories', 'overview', 'breakdown', 'summary', 'sections', 'groups', 'progress', 'completion', 'status'].map((w) => stem(w)))

/** The key of a category name ("Infrastructure Gaps" → "infrastructur"): the name key without group words. */
export function categoryKey(name: string, language: LanguageCode = 'en'): NameKey {
  // Unlike item names, numbers tell categories apart ("MVP-1", "Phase 2"); numbering is already stripped.
  const tokens = tokenize(name, language).filter((t) => !NOISE.has(t))
  const kept = tokens.filter((t) => !GROUP_WORDS.has(t))
  return kept.length > 0 ? { key: kept.join(' '), tokens: kept } : { key: tokens.join(' '), tokens }
}

/** Whether a name is nothing but words that group things ("Progress", "Status summary"): it names no one thing. */
export function namesGroupOnly(name: string, language: LanguageCode = 'en'): boolean {
  return tokenize(name, language).every((t) => NOISE.has(t) || GROUP_WORDS.has(t))
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
