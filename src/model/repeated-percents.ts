import { categoryKey, namesGroupOnly } from './names.js'
import { innermostRanges } from './line-ranges.js'
import { percentColumns, rowName } from './percent-columns.js'
import type { Document, Section } from './types.js'
import type { Span } from '../contract/span.js'
import { DIGIT, LETTER } from './letters.js'

/** One place that gives a thing's completion as a percentage. */
export interface PercentStatement {
  /** The thing's name as written ("Notifications", "Overall progress"). */
  name: string
  value: number
  approximate: boolean
  source: 'heading' | 'line' | 'table'
  /** A level claimed reached ("90% COVERAGE ACHIEVED"): the measure is at least this. */
  threshold?: true
  span: Span
}

/** The same thing's percentage given in several places, in reading order. */
export interface Restatement {
  key: string
  statements: PercentStatement[]
}

/**
 * Every thing whose percentage the document gives more than once: a heading "Notifications (60%)",
 * a summary row "Notifications | 80%", a line "Overall progress: 70%" and another "Progreso general:
 * 100%". Only current values: a number in a plan, a roadmap or a history, beside an arrow, a target
 * or a "before", or in a table with several percentage columns (before / after, per platform) is a
 * value of another time or subject, and is left out.
 */
export function restatedPercents(doc: Readonly<Document>): Restatement[] {
  const known = memo.get(doc)
  if (known) return known
  const lines = doc.text.split('\n')
  const byKey = new Map<string, PercentStatement[]>()
  const add = (key: string | undefined, s: PercentStatement) => {
    if (key === undefined) return
    const list = byKey.get(key)
    if (list) list.push(s)
    else byKey.set(key, [s])
  }
  const sectionOf = innermostRanges(doc.sections)
  for (const c of doc.counts) {
    if (c.kind !== 'percent' || c.ratio || c.source === 'table' || (c.status !== undefined && c.status !== 'done')) continue
    const text = lines[c.span.line - 1] ?? ''
    if (OTHER_TIME.test(text) || OTHER_TIME.test(c.subject) || countPercents(text) > 1) continue
    const section = sectionOf(c.span.line)
    if (section && !holdsCurrentValues(section)) continue
    const named = c.target?.kind === 'item' ? c.target.name : c.subject
    // "Cobertura total", "Coverage overall": a measure of the whole, whichever order its words come in.
    const whole = c.overall || (MEASURE.test(c.subject) && OVERALL_WORD.test(c.subject))
    const key = whole ? (topLevel(doc, section) ? overallKey(c.subject) : undefined) : thingKey(named, doc)
    add(key, { name: c.subject, value: c.value, approximate: c.approximate, source: c.source, span: c.span })
  }
  // A claim's own percentage ("Phase 3 (Infrastructure): ✅ 90% COMPLETE"), where no count has it.
  const counted = new Set([...byKey.values()].flat().map((st) => st.span.line))
  for (const c of doc.claims) {
    if (c.percent === undefined || counted.has(c.span.line) || c.source === 'table-row') continue
    const text = lines[c.span.line - 1] ?? ''
    if (OTHER_TIME.test(text) || countPercents(text) > 1) continue
    const section = sectionOf(c.span.line)
    if (section && !holdsCurrentValues(section)) continue
    add(thingKey(c.name, doc), { name: c.name, value: c.percent, approximate: false, source: c.source === 'heading' ? 'heading' : 'line', span: c.span })
  }
  for (const table of doc.tables) {
    // The column naming the rows: the table's item column, else its first one.
    const names = table.itemColumn ?? 0
    const column = percentColumn(table, names)
    if (column === undefined) continue
    const section = sectionOf(table.span.line)
    if (section && !holdsCurrentValues(section)) continue
    table.rows.forEach((row, i) => {
      const cell = row[column]
      const name = rowName(row, names)
      if (!cell || cell.percent === undefined || cell.of !== undefined || name === '' || i === table.totalRow) return
      add(thingKey(name, doc), { name, value: cell.percent, approximate: cell.approximate ?? false, source: 'table', span: cell.span })
    })
  }
  // "✅ 90% COVERAGE ACHIEVED", "Coverage target of 80% reached": the overall measure is claimed at least that.
  lines.forEach((text, i) => {
    if (!text.includes('%')) return
    const lower = text.toLowerCase()
    if (!MEASURE_STEMS.some((w) => lower.includes(w))) return
    const m = REACHED.exec(text) ?? REACHED_TARGET.exec(text)
    if (!m || OTHER_TIME_NOT_TARGET.test(text)) return
    const value = Number((m.groups!.value ?? '').replace(',', '.'))
    if (!(value > 0 && value <= 100)) return
    const section = sectionOf(i + 1)
    if (section && !holdsCurrentValues(section)) return
    const span = { line: i + 1, column: 1, endLine: i + 1, endColumn: text.length + 1 }
    add(overallKey(m.groups!.measure!), { name: m[0].replace(/[*_`]/g, '').trim(), value, approximate: false, source: 'line', threshold: true, span })
  })
  const out = [...byKey].filter(([, s]) => s.length > 1).map(([key, statements]) => ({ key, statements: statements.sort((a, b) => a.span.line - b.span.line) }))
  memo.set(doc, out)
  return out
}

const memo = new WeakMap<Readonly<Document>, Restatement[]>()

// Words that put a percentage at another time than now, or make it a goal: "45% → 60%", "from 40%",
// "Target: 90%", "Expected progress", "previously", "before"; and the same in the languages we read.
const OTHER_TIME = new RegExp(String.raw`→|->|⇒|➡|\b(?:from|target(?:ed|s)?|goals?|expected|estimated|planned|projected|forecast|previous(?:ly)?|before|after|was|were|initial(?:ly)?|baseline|last (?:week|month|sprint|release)|by (?:the )?end|objetivo|meta|esperad[oa]|previst[oa]|obiettivo|atteso|antes|después|prima|dopo|ziel|erwartet|vorher|nachher|objectif|prévu|avant|après|цель|ожидаем[${LETTER}]*|план[${LETTER}]*|目标|预计|目標|予定)(?![${LETTER}])`, 'iu')
// Sections whose values are of another time: history, change logs, roadmaps, dated updates.
// Word edges by letter, not \b: JavaScript's \b knows only ASCII letters, so it never ends a Cyrillic word.
const OTHER_TIME_SECTION = new RegExp(String.raw`(?<![${LETTER}${DIGIT}_])(?:history|changelog|change log|log|timeline|roadmap|milestones?|updates?|previous|last (?:week|month|sprint|quarter|year|release)|anterior|précédente?|vorherige[nrs]?|letzte[nrs]?|precedente|before|targets?|goals?|forecast|historial|historique|cronologia|verlauf|история)(?![${LETTER}${DIGIT}_])|历史|履歴|\d{4}-\d{2}-\d{2}|(?<![${LETTER}${DIGIT}_])(?:week|sprint|day|semana|settimana|woche|semaine|неделя)\s*\d`, 'iu')
// "(Updated 2026-01-09)", "Stand: 2026-01-09": the date a snapshot is current as of, not a dated entry of a log.
const AS_OF = new RegExp(String.raw`(?<![${LETTER}])(?:(?:last\s+)?updated|as\s+of|aggiornat[oa]|actualizad[oa]|atualizad[oa]|mis\s+à\s+jour|stand|aktualisiert|обновлен[оа]?)(?:\s+(?:on|el|em|il|le|am|al))?\s*:?\s*\d{4}-\d{2}-\d{2}`, 'iu')
// A level of a measure said to be reached, in the languages we read.
const REACHED_WORD = '(?:achieved|reached|met|attained|hit|alcanzad[ao]|logrado|atingid[ao]|alcançad[ao]|erreicht|atteinte?|raggiunt[ao]|достигнут[оаы]?|达成|已达到|達成)'
const MEASURE_STEMS = ['coverage', 'cobertura', 'copertura', 'couverture', 'abdeckung', 'покрыти', '覆盖率', 'カバレッジ']
// Compiling the two patterns below (case-insensitive over Unicode) costs a cold run more than reading
// a document's lines: they are tried only on lines with one of these words.
const MEASURE_WORD = `(?<measure>${MEASURE_STEMS.map((w) => (w === 'покрыти' ? 'покрыти[ея]' : w)).join('|')})`
const REACHED = new RegExp(`(?<value>\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%\\+?\\s+(?:(?:de|di|du|de la)\\s+)?(?:(?:test|code|line|branch)\\s+)?${MEASURE_WORD}\\s+(?:(?:target|goal|objetivo|objectif|ziel|obiettivo)\\s+)?${REACHED_WORD}(?![${LETTER}])`, 'iu')
const REACHED_TARGET = new RegExp(`${MEASURE_WORD}\\s+(?:target|goal)\\s+(?:of\\s+)?(?<value>\\d{1,3}(?:[.,]\\d{1,2})?)\\s?%\\s+(?:is\\s+|was\\s+)?${REACHED_WORD}(?![${LETTER}])`, 'iu')
// A reached level in a plan or a conditional is no claim: "once 90% coverage is reached", "until".
const OTHER_TIME_NOT_TARGET = /\b(?:once|when|until|if|after|before|will|to be|must|should)\b/i
const OVERALL_WORDS = new RegExp(String.raw`(?<![${LETTER}${DIGIT}_])(?:grand|total|overall|all|whole|general|global|project|platform|current|gesamt[${LETTER}]*|insgesamt|totale|complessiv[oa]|globale|générale?|общ[${LETTER}]*|итог[${LETTER}]*)(?![${LETTER}${DIGIT}_])|总体|整体|全体|総合`, 'giu')
const OVERALL_WORD = new RegExp(OVERALL_WORDS.source, 'iu')
// What else a percentage may measure than completion: an overall coverage is not an overall progress.
export const MEASURE = new RegExp(String.raw`(?<![${LETTER}${DIGIT}_])(?:coverage|cobertura|copertura|couverture|abdeckung|покрыти[${LETTER}]*|tests?|pass(?:ing)?|quality|score|readiness|ready|compliance|confidence|accuracy|uptime|performance|satisfaction|documentation|docs)(?![${LETTER}${DIGIT}_])|覆盖率|カバレッジ|测试|テスト`, 'iu')

function overallKey(subject: string): string {
  const measure = MEASURE.exec(subject.replace(OVERALL_WORDS, ' '))
  return `\u0000overall ${measure ? measure[0].toLowerCase() : 'completion'}`
}

/** The key of a named thing, word order aside; none for a name of status or group words only. */
function thingKey(name: string, doc: Readonly<Document>): string | undefined {
  if (namesGroupOnly(name, doc.language)) return undefined
  const { tokens } = categoryKey(name, doc.language)
  return tokens.some((t) => !/^\d+$/.test(t)) ? [...tokens].sort().join(' ') : undefined
}

/** Whether a heading is of a history, a plan or a dated entry; a date the whole is current as of is none. */
function ofAnotherTime(heading: string): boolean {
  return OTHER_TIME_SECTION.test(heading.replace(AS_OF, ' '))
}

/** Whether a section holds current values: not a plan, roadmap, history or dated update. */
export function holdsCurrentValues(section: Section): boolean {
  return !section.plan && !section.path.some(ofAnotherTime) && section.kind === undefined
}

/** Whether a section speaks for the whole document: the title's, a summary, one titled for overall progress, or none. */
function topLevel(doc: Readonly<Document>, section: Section | undefined): boolean {
  if (!section) return true
  const titles = doc.sections.filter((s) => s.depth === 1).length
  return section.documentLevel || section.path.length === 1 && (section.depth === 1 ? titles === 1 : true) || section.path.length === 2 && section.depth === 2 && titles === 1 ||
    overallProgressTitle(section.path.at(-1) ?? '')
}

// "Overall progress", "Progreso Total del Proyecto", "Gesamtfortschritt": a heading naming the whole's progress, at any depth.
const PROGRESS_WORD = /progress|progreso|progresso|progression|avancement|fortschritt|прогресс|进度|進捗/iu
function overallProgressTitle(heading: string): boolean {
  return PROGRESS_WORD.test(heading) && OVERALL_WORD.test(heading) && !MEASURE.test(heading) && !ofAnotherTime(heading)
}

/** The one column of completion percentages of a table, when it has exactly one. */
function percentColumn(table: Document['tables'][number], names: number): number | undefined {
  if (table.rows.some((r) => r[names]?.number !== undefined || r[names]?.percent !== undefined)) return undefined
  const columns = percentColumns(table, names)
  if (columns.length !== 1) return undefined
  const header = table.header[columns[0]!]?.text ?? ''
  return OTHER_TIME.test(header) || MEASURE.test(header) ? undefined : columns[0]
}

function countPercents(text: string): number {
  return text.split('%').length - 1
}
