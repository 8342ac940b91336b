import type { Status } from '../../contract/status.js'
import { isHedged, type Vocabulary } from '../vocabulary.js'
import { DIGIT, LETTER } from '../letters.js'

/** A document-level claim found in a line. */
export interface VerdictMatch {
  text: string
  claims: Status
  /** Words that narrow what the verdict is about ("Phase 1" in "all Phase 1 tasks complete"). */
  qualifier: string
  index: number
  /** `ready` for "production ready", "ready for production": a judgement, not a count of what is done. */
  kind?: 'ready'
}

const NOUNS = 'items|tasks|features|requirements|issues|debts|work|phases|checks|fixes|gaps|steps|components|deliverables|objectives|goals|milestones|todos|stories|tests|endpoints|bugs|problems|findings|modules|services|criteria|points|changes|recommendations|sections|pages|screens|categories|areas|scenarios|suites'
const DONE = 'complete|completed|done|implemented|fixed|resolved|finished|addressed|passing|passed|delivered|closed|verified'
const ALL = new RegExp(`\\ball\\s+((?:[\\w-]{1,20}\\s+){0,3}?)(?:${NOUNS})\\s+(?:(?:are|have|has|been|were|now|successfully|fully|100%|is)\\s+){0,4}(?:${DONE})\\b`, 'i')
// "ALL COMPLETE" opening a line is a verdict; "X, Y and Z are all complete" is about X, Y and Z.
const BANNER = new RegExp(`^[^${LETTER}${DIGIT}]*(?:all|everything)\\s+(?:is\\s+)?(?:${DONE})\\b|\\b(?:project|implementation|work)\\s+(?:is\\s+)?(?:100%\\s+)?(?:complete|completed|finished)\\b|\\b100\\s*%\\s+(?:complete|completed|done|implemented|funcional|completo|completado|terminado|implementado)\\b|\\b(?:production|producci[oó]n)[- ]ready\\b|\\bready for production\\b|\\blisto para (?:producci[oó]n|usar)\\b`, 'iu')
// A word every verdict pattern needs, tested first: most lines have none, and ALL backtracks on long ones.
const MAY_BE_VERDICT = /all|everything|project|implementation|work|100|production|producci|ready|listo/iu
const CONDITIONAL = /\b(?:not|once|when|until|before|if|after|unless|whether)\s+(?:yet\s+)?$/i
const GENERIC = /^(?:the|of|our|these|those|remaining|planned|identified|listed|above|below|required|outstanding|known|other|\s)*$/i

/**
 * A verdict in one line: "ALL ITEMS COMPLETE", "all critical issues resolved", "100% complete", and in
 * the vocabulary's other languages "todos os itens concluídos", "ВСЕ ПРОВЕРКИ ПРОЙДЕНЫ".
 */
export function findVerdict(line: string, documentLevel: boolean, vocab?: Vocabulary): VerdictMatch | undefined {
  if (line.length > 1000) return undefined
  const english = MAY_BE_VERDICT.test(line) ? findEnglishVerdict(line, documentLevel) : undefined
  if (!vocab || isHedged(line, vocab)) return english
  const other = vocab.other.verdict(line, documentLevel)
  // The earliest claim of the line: "Todas las tareas completadas: listo para producción" claims every task done.
  if (!other || (english && english.index <= other.index)) return english
  return other ? { text: other.text, claims: 'done', qualifier: '', index: other.index, ...(other.ready ? { kind: 'ready' as const } : {}) } : undefined
}

function findEnglishVerdict(line: string, documentLevel: boolean): VerdictMatch | undefined {
  const all = ALL.exec(line)
  if (all && !CONDITIONAL.test(line.slice(Math.max(0, all.index - 20), all.index)) && !isHedged(line)) {
    const qualifier = GENERIC.test(all[1]!) ? '' : all[1]!.trim()
    return { text: all[0], claims: 'done', qualifier, index: all.index }
  }
  if (!documentLevel) return undefined
  const banner = BANNER.exec(line)
  // "Production ready: no", "Production ready? ❌" answer the question the other way.
  const answeredNo = banner && /^[\s*_]*[:?]?[\s*_]*(?:no\b|❌|false\b|not\b)/iu.test(line.slice(banner.index + banner[0].length))
  // "not", and Spanish "no" right before the claim ("no está 100% funcional", "❌ No listo para producción").
  const negated = banner && /\bno\s+(?:est[aá]\s+|es\s+)?$/iu.test(line.slice(Math.max(0, banner.index - 12), banner.index))
  if (banner && !answeredNo && !negated && !/\bnot\b|\bonce\b|\bwhen\b|\buntil\b|\bbefore\b/i.test(line) && !isHedged(line)) {
    const ready = /ready|listo/iu.test(banner[0])
    return { text: banner[0], claims: 'done', qualifier: '', index: banner.index, ...(ready ? { kind: 'ready' as const } : {}) }
  }
  return undefined
}
