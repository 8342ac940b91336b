import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Status } from '../contract/status.js'

/** The languages whose status words the tool knows (a table each in `model/languages/`). */
export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'zh', 'ja'] as const

/** A language the tool has a table for. */
export type LanguageCode = (typeof LANGUAGES)[number]

/** What a status section's title files its entries as: `open` is todo said loosely ("Known issues", "Remaining"). */
export type SectionWordKind = 'todo' | 'open' | 'done' | 'plan' | 'excluded' | 'document' | 'criteria' | 'advice'

/**
 * One language's status vocabulary, as data (`model/languages/<code>.json`): status words, the
 * words that turn a done word around, verdicts, section titles, count nouns and month names.
 * English keeps its section titles, verdicts and dates as patterns in `extract/`; its table holds
 * its status words.
 */
export interface LanguageTable {
  language: LanguageCode
  name: string
  /** The `@orama/stemmers` entry for its Snowball stemmer; absent for English (Porter) and CJK. */
  stemmer?: string
  /** Written without spaces between words: phrases match anywhere, names match by bigrams. */
  cjk?: boolean
  status: Partial<Record<Status, string[]>>
  /** Before a done word, make it todo ("não", "nicht", "не", "未"). */
  negations: string[]
  /** Before a done word, make it partial ("parcialmente", "teilweise"). */
  qualifiers: string[]
  /** Before a done word, keep it done ("totalmente", "vollständig"). */
  intensifiers: string[]
  /** The word "all" that opens a verdict ("todos os itens concluídos"). */
  verdictAll?: string[]
  /** Verdict phrases said of the whole document ("pronto para produção", "100% funcional"). */
  verdicts?: string[]
  /** The verdicts among them that judge readiness rather than count what is done. */
  ready?: string[]
  sections?: Partial<Record<SectionWordKind, string[]>>
  /** Words that end a list label its entries complete as conditions ("Ne pas supprimer avant :", "Nicht löschen, bis:"). */
  conditions?: string[]
  /** Count nouns and units ("arquivos", "testes", "linhas"). */
  nouns?: string[]
  /** Words of a title that says its list breaks a count down ("Distribuição", "Aufschlüsselung", "por"). */
  breakdowns?: string[]
  /** Labels of `Label: value` fields that give a status, a date or a progress figure ("Estado", "Datum", "进度"). */
  fields?: Partial<Record<'status' | 'date' | 'progress', string[]>>
  /** Verbs of intent that open (or, in German, close) a plan entry ("Implementar …", "… implementieren", "…を実装"). */
  actions?: string[]
  /** Words that make a different thing of the same name ("avançado", "erweitert"): "Relatórios avançados" is not "Relatórios". */
  nameQualifiers?: string[]
  /** Articles and prepositions that tell no two item names apart ("de", "les", "der"). */
  fillers?: string[]
  /** Subjects of a figure about the whole ("Progreso total", "Gesamt", "Итого"), at the start of the subject. */
  overall?: string[]
  /** Priority and severity levels ("Alta", "Niedrig", "Высокий"): after a coloured circle they are no status. */
  priorities?: string[]
  /** Reservations that take back a done ("exceto", "außer", "но", "ただし"). */
  hedges?: string[]
  /** Month names, January first, each with its other spellings and abbreviations. */
  months?: string[][]
}

const load = createRequire(import.meta.url)
const tables = new Map<LanguageCode, LanguageTable>()
const stemmers = new Map<LanguageCode, ((word: string) => string) | null>()
let folder: URL | undefined

/** The folder of the tables: beside this module in src/, beside the bundle's chunks in dist/. */
function tableFolder(): URL {
  folder ??= [new URL('./languages/', import.meta.url), new URL('../languages/', import.meta.url)]
    .find((url) => existsSync(new URL('en.json', url))) ?? new URL('./languages/', import.meta.url)
  return folder
}

/** A language's table, read the first time it is asked for (a run loads only the languages it meets). */
export function languageTable(code: LanguageCode): LanguageTable {
  let table = tables.get(code)
  if (!table) {
    table = JSON.parse(readFileSync(new URL(`${code}.json`, tableFolder()), 'utf8')) as LanguageTable
    tables.set(code, table)
  }
  return table
}

/** Whether `code` names a language the tool has a table for. */
export function isLanguage(code: string): code is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(code)
}

/** The Snowball stemmer of a language, loaded on first use; undefined for English and CJK. */
export function snowballStemmer(code: LanguageCode): ((word: string) => string) | undefined {
  let stem = stemmers.get(code)
  if (stem === undefined) {
    const entry = code === 'en' ? undefined : languageTable(code).stemmer
    stem = entry ? (load(`@orama/stemmers/${entry}`) as { stemmer: (word: string) => string }).stemmer : null
    stemmers.set(code, stem)
  }
  return stem ?? undefined
}

/** The languages whose tables this process has read so far (for tests of lazy loading). */
export function loadedLanguages(): LanguageCode[] {
  return [...tables.keys()]
}
