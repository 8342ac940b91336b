import { literalPattern } from './literal-pattern.js'
import type { Status } from '../contract/status.js'
import type { LanguageTable } from './languages.js'
import { DIGIT, LETTER } from './letters.js'

/** Text folded for comparing words: NFC, lower case the Unicode way, ß as ss, final sigma as sigma. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ')
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const MARKS = /\p{M}/gu

/** Whether a phrase is written in a script without spaces, where it may stand anywhere in a run of letters. */
export const isCjk = (phrase: string): boolean => CJK.test(phrase)

/** The spellings a phrase is met in: as written (composed and decomposed), without accents, ß as ss, ё as е. */
export function spellings(phrase: string): string[] {
  const nfc = phrase.normalize('NFC')
  const forms = new Set([nfc, nfc.normalize('NFD')])
  if (!isCjk(nfc)) forms.add(nfc.normalize('NFD').replace(MARKS, '').normalize('NFC'))
  forms.add(nfc.replace(/ß/g, 'ss'))
  forms.add(nfc.replace(/ё/g, 'е'))
  // Typographic and plain apostrophes are the same letter here.
  for (const f of [...forms]) { forms.add(f.replace(/’/g, "'")); forms.add(f.replace(/'/g, '’')) }
  return [...forms]
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Text in lower case with every character where it was, for matching the lower-case phrases of
 * `phraseRegex`: a case-insensitive Unicode alternation of hundreds of phrases takes V8 a hundred
 * times longer to compile than a case-sensitive one. A character whose lower case is longer (İ) stays.
 */
export function lowerText(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) { const l = ch.toLowerCase(); out += l.length === ch.length ? l : ch }
  return out
}

/**
 * One regular expression for a list of literal phrases, longest first: between letter boundaries,
 * except phrases in CJK scripts, which stand anywhere. Linear in the input (literals only). It is
 * in lower case: match it against `lowerText(text)`.
 */
export function phraseRegex(phrases: Iterable<string>, flags = 'gu', anchored = false): RegExp | undefined {
  const all = [...new Set([...phrases].flatMap(spellings).map((s) => s.toLowerCase()))].sort((a, b) => b.length - a.length)
  if (all.length === 0) return undefined
  // Each group as a trie (see literal-pattern.ts): the same matches, longest first, at a fraction of the cost.
  const spaced = all.filter((p) => !isCjk(p))
  const solid = all.filter(isCjk)
  const parts = [
    ...(spaced.length > 0 ? [`(?<![${LETTER}${DIGIT}])(?:${literalPattern(spaced)})(?![${LETTER}${DIGIT}])`] : []),
    ...(solid.length > 0 ? [`(?:${literalPattern(solid)})`] : []),
  ]
  return new RegExp(`${anchored ? '^' : ''}(?:${parts.join('|')})`, flags)
}

/** The status phrases of some tables, with their done words negated, qualified and intensified. */
export function statusPhrases(tables: readonly LanguageTable[]): Map<string, Status> {
  const phrases = new Map<string, Status>()
  for (const table of tables) {
    const own = Object.entries(table.status) as [Status, string[]][]
    for (const [status, list] of own) for (const p of list) for (const s of spellings(p)) phrases.set(foldCase(s), status)
    const join = table.cjk ? '' : ' '
    const modifiers: [string[], Status][] = [[table.negations, 'todo'], [table.qualifiers, 'partial'], [table.intensifiers, 'done']]
    for (const [status, list] of own) {
      if (status !== 'done') continue
      for (const word of list) {
        if (!table.cjk && word.includes(' ')) continue
        for (const [mods, made] of modifiers) {
          for (const mod of mods) for (const s of spellings(`${mod}${join}${word}`)) if (!phrases.has(foldCase(s))) phrases.set(foldCase(s), made)
        }
      }
    }
  }
  return phrases
}

/** What a language's section titles, verdicts, count nouns and dates say, for the languages of a run. */
export interface LanguageWords {
  /** A title of work still to do ("Próximos passos", "Nächste Schritte"). */
  plan(text: string): boolean
  /** A title of work left out ("Fora do escopo", "Hors périmètre"). */
  excluded(text: string): boolean
  /** Whether a title introduces conditions or routines, not work ("Critères d'acceptation", "Checkliste wöchentlich"). */
  criteria(text: string): boolean
  /** Whether a label ends in a word its entries complete as conditions ("Ne pas supprimer avant :", "Nicht löschen, bis:"). */
  condition(text: string): boolean
  /** Whether a title introduces advice or usage, not work ("Recomendaciones", "Quand l'utiliser"). */
  advice(text: string): boolean
  /** A title about the document as a whole ("Resumo executivo", "Zusammenfassung"). */
  documentLevel(text: string): boolean
  /** The status a title files its entries under ("Pendências", "Itens pendentes", "Bekannte Probleme"). */
  sectionLabel(text: string): { status: Status; vague: boolean } | undefined
  /** A verdict in a line ("todos os itens concluídos", "ВСЕ ПРОВЕРКИ ПРОЙДЕНЫ", "本番環境対応"). */
  verdict(line: string, documentLevel: boolean): { text: string; index: number; ready: boolean } | undefined
  /** The status of the language's own status phrase opening `text` ("completado", "未完成"); English words are not its. */
  status(text: string): Status | undefined
  /** Where the last reservation of `text` ends ("… exceto exportação"), if it has one. */
  lastHedge(text: string): number | undefined
  /** Whether a figure's subject is the whole ("Progreso total", "Gesamtfortschritt", "Итого"). */
  overall(subject: string): boolean
  /** A table column header opening with a status field's label ("Estado real", "Статус"). */
  statusHeader(text: string): boolean
  /** What a field's label says its value is ("Estado" a status, "Última atualização" a date). */
  fieldKind(label: string): 'status' | 'date' | 'progress' | undefined
  /** Whether a word is a count noun or unit ("arquivos", "Dateien", "файлов"). */
  countNoun(word: string): boolean
  /** A word of a title that names nothing its list counts: a breakdown word ("Distribuição", "Verteilung", "por") or a filler ("de"). */
  titleWord(word: string): 'breakdown' | 'filler' | undefined
  /** A date with a month name ("8 de dezembro de 2024", "8. Dezember 2024", "8 декабря 2024") or 2024年12月8日. */
  date(text: string): { raw: string; y: number; m: number; d: number } | undefined
}

const NONE: LanguageWords = {
  plan: () => false, excluded: () => false, criteria: () => false, condition: () => false, advice: () => false, documentLevel: () => false, sectionLabel: () => undefined,
  verdict: () => undefined, status: () => undefined, lastHedge: () => undefined, overall: () => false, statusHeader: () => false, fieldKind: () => undefined, countNoun: () => false, titleWord: () => undefined, date: () => undefined,
}

const test = (re: RegExp | undefined, text: string) => { if (!re) return false; re.lastIndex = 0; return re.test(lowerText(text)) }
const LEAD = /^[^\p{L}\p{N}]*/u

/** Compiles the section, verdict, noun and date words of some tables (English has its own patterns in `extract/`). */
export function compileLanguageWords(tables: readonly LanguageTable[]): LanguageWords {
  if (tables.length === 0) return NONE
  const gather = (pick: (t: LanguageTable) => string[] | undefined) => tables.flatMap((t) => pick(t) ?? [])
  const plan = phraseRegex(gather((t) => t.sections?.plan), 'u')
  const excluded = phraseRegex(gather((t) => t.sections?.excluded), 'u')
  const criteria = phraseRegex(gather((t) => t.sections?.criteria), 'u')
  const conditionWords = phraseRegex(gather((t) => t.conditions), 'u')
  // "Ne pas supprimer avant :": the word closes a label of more than itself, and each entry completes it.
  const conditionEnd = conditionWords && new RegExp(`\\S\\s*${conditionWords.source}\\s*[:：]?\\s*$`, 'u')
  const advice = phraseRegex(gather((t) => t.sections?.advice), 'u')
  const documentLevel = phraseRegex(gather((t) => t.sections?.document), 'u', true)
  const labelStatus = new Map<string, 'todo' | 'open' | 'done'>()
  for (const kind of ['todo', 'open', 'done'] as const) for (const p of gather((t) => t.sections?.[kind])) for (const s of spellings(p)) labelStatus.set(foldCase(s), kind)
  const label = phraseRegex(labelStatus.keys(), 'u')
  const nouns = new Set(gather((t) => t.nouns).flatMap(spellings).map(foldCase))
  const breakdownWords = new Set(gather((t) => t.breakdowns).map(foldCase))
  const fillers = new Set(gather((t) => t.fillers).map(foldCase))
  const verdicts = phraseRegex(gather((t) => t.verdicts), 'gu')
  const ready = new Set(gather((t) => t.ready).flatMap(spellings).map(foldCase))
  const negation = phraseRegex(gather((t) => t.negations), 'u')
  const allVerdict = allVerdictRegex(tables)
  const date = dateReader(tables)
  const own = statusPhrases(tables)
  const ownStatus = phraseRegex(own.keys(), 'u', true)
  const overall = phraseRegex(gather((t) => t.overall), 'u', true)
  const hedges = phraseRegex(gather((t) => t.hedges), 'gu')
  const statusHeader = phraseRegex(gather((t) => t.fields?.status), 'u', true)
  const fields = new Map<string, 'status' | 'date' | 'progress'>()
  for (const t of tables) for (const [kind, list] of Object.entries(t.fields ?? {}) as ['status' | 'date' | 'progress', string[]][]) for (const l of list) for (const s of spellings(l)) if (!fields.has(foldCase(s))) fields.set(foldCase(s), kind)
  return {
    plan: (text) => test(plan, text),
    excluded: (text) => test(excluded, text),
    criteria: (text) => test(criteria, text),
    condition: (text) => test(conditionEnd, text.trim()),
    advice: (text) => test(advice, text),
    documentLevel: (text) => test(documentLevel, text.replace(LEAD, '')),
    sectionLabel(text) {
      const bare = text.replace(LEAD, '')
      const m = label?.exec(lowerText(bare))
      if (!m) return undefined
      // The label opens the title, or follows one noun ("Itens pendentes", "Offene Punkte"): "Login — Pendente" is an item.
      const before = bare.slice(0, m.index).trim()
      if (before !== '' && (before.includes(' ') || !nouns.has(foldCase(before)))) return undefined
      const kind = labelStatus.get(foldCase(m[0])) ?? 'open'
      return kind === 'open' ? { status: 'todo', vague: true } : { status: kind, vague: false }
    },
    verdict(line, level) {
      // As in English, "all … done" is a verdict anywhere; a verdict phrase only where the document speaks of itself.
      // The earliest verdict of the line: "Todos os itens concluídos — pronto para produção" claims all items done.
      let first: { text: string; index: number; ready: boolean } | undefined
      for (const re of [allVerdict, level ? verdicts : undefined]) {
        if (!re) continue
        re.lastIndex = 0
        for (const m of lowerText(line).matchAll(re)) {
          if (negation && test(negation, line.slice(Math.max(0, m.index - 16), m.index))) continue
          const text = line.slice(m.index, m.index + m[0].length)
          if (!first || m.index < first.index) first = { text, index: m.index, ready: ready.has(foldCase(m[0])) }
          break
        }
      }
      return first
    },
    status(text) {
      const m = ownStatus?.exec(lowerText(text.replace(LEAD, '')))
      return m ? own.get(foldCase(m[0])) : undefined
    },
    lastHedge(text) {
      if (!hedges) return undefined
      let end: number | undefined
      for (const m of lowerText(text).matchAll(hedges)) end = m.index + m[0].length
      return end
    },
    overall: (subject) => test(overall, subject.replace(LEAD, '')),
    statusHeader: (text) => test(statusHeader, text.trim()),
    fieldKind: (label) => fields.get(foldCase(label.trim())),
    countNoun: (word) => nouns.has(foldCase(word)),
    titleWord: (word) => (breakdownWords.has(foldCase(word)) ? 'breakdown' : fillers.has(foldCase(word)) ? 'filler' : undefined),
    date,
  }
}

/** "all … done" in a table's words: "todos os itens concluídos", "alle Tests bestanden", "所有任务已完成". */
function allVerdictRegex(tables: readonly LanguageTable[]): RegExp | undefined {
  const alternatives: string[] = []
  for (const t of tables) {
    const all = (t.verdictAll ?? []).flatMap(spellings).map((s) => escapeRe(s.toLowerCase()))
    const done = (t.status.done ?? []).flatMap(spellings).map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length).map(escapeRe)
    if (all.length === 0 || done.length === 0) continue
    alternatives.push(t.cjk
      ? `(?:${all.join('|')})[^\\s。，,.;；:：!！?？]{0,12}?(?:${done.join('|')})`
      : `(?<![${LETTER}${DIGIT}])(?:${all.join('|')})\\s+(?:[${LETTER}${DIGIT}-]{1,20}\\s+){0,4}?(?:${done.join('|')})(?![${LETTER}${DIGIT}])`)
  }
  return alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : undefined
}

/** Reads day-month-year dates with the tables' month names, and the CJK year-month-day form. */
function dateReader(tables: readonly LanguageTable[]): LanguageWords['date'] {
  const month = new Map<string, number>()
  for (const t of tables) (t.months ?? []).forEach((names, i) => { for (const n of names) for (const s of spellings(n)) month.set(foldCase(s), i + 1) })
  const names = [...month.keys()].sort((a, b) => b.length - a.length).map(escapeRe)
  const dmy = names.length > 0
    ? new RegExp(`(?<![${LETTER}${DIGIT}])(\\d{1,2})(?:\\.|º|er)?\\s+(?:de\\s+)?(${names.join('|')})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?![${DIGIT}])`, 'u')
    : undefined
  const cjk = tables.some((t) => t.cjk) ? /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u : undefined
  return (text) => {
    const a = dmy?.exec(lowerText(text))
    if (a) return { raw: text.slice(a.index, a.index + a[0].length), y: +a[3]!, m: month.get(foldCase(a[2]!))!, d: +a[1]! }
    const b = cjk?.exec(text)
    if (b) return { raw: b[0], y: +b[1]!, m: +b[2]!, d: +b[3]! }
    return undefined
  }
}
