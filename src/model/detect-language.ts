import type { LanguageCode } from './languages.js'
import { DIGIT, LETTER } from './letters.js'

// Function words that tell the Latin-script languages apart: frequent in any prose, rare in the
// others (words two of them share, such as "para" or "con", are left out). Kept here, not in the
// tables, so that telling a document's language loads no table.
const CUES: [LanguageCode, string][] = [
  ['en', 'the and of is are with for this that from not have has been will'],
  ['es', 'el los las del está están también según y pero hay muy cuando sin'],
  ['pt', 'não os dos das são está estão também em ao à pelo pela é mas já você até'],
  ['fr', 'le les des est et une dans du au aux sont pas été avec sur pour ce qui'],
  ['de', 'der die das und ist nicht mit für von den ein eine auf werden wird noch sind'],
  ['it', 'il gli della delle che è non sono nel alla anche degli dei una ma'],
]
// Letters only one of them writes often: "ã" in "não", "ñ", "ß", "œ", "ò".
const LETTERS: [LanguageCode, RegExp][] = [['pt', /[ãõ]/giu], ['es', /[ñ¿¡]/giu], ['de', /[ßäöü]/giu], ['fr', /[œêèûîë]/giu], ['it', /[ìòù]/giu]]
// And status words, which a short status page may hold more of than prose: "COMPLETADO", "pendente".
const STATUS_CUES: [LanguageCode, string][] = [
  ['es', 'completado completada completados completadas pendiente pendientes faltante faltantes faltan implementadas'],
  ['pt', 'concluído concluída concluídos pendente pendentes implementação funcionando'],
  ['fr', 'terminé terminée implémenté implémentée fonctionnalités également'],
  ['de', 'abgeschlossen erledigt fertig implementiert umgesetzt offen ausstehend'],
  ['it', 'completato completata implementato implementata mancante mancanti funzionalità'],
]
const cueLanguage = new Map<string, LanguageCode>()
for (const [code, words] of [...CUES, ...STATUS_CUES]) for (const w of words.split(' ')) if (!cueLanguage.has(w)) cueLanguage.set(w, code)
// One alternation of literals between letter boundaries: linear in the input.
const CUE = new RegExp(`(?<![${LETTER}${DIGIT}])(?:${[...cueLanguage.keys()].sort((a, b) => b.length - a.length).join('|')})(?![${LETTER}${DIGIT}])`, 'giu')
const CYRILLIC = /\p{Script=Cyrillic}/gu
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu
const HAN = /\p{Script=Han}/gu
// Enough of a document to tell its languages; a long one says no more past this.
const SAMPLE = 60_000
// A language counts when it has at least this many cues, and this share of the cues found.
const MIN_CUES = 3
const MIN_SHARE = 0.15
const MIN_CHARS = 8

/** The languages a document is written in, most used first: its scripts, and for Latin script its function words. */
export function detectLanguages(text: string): LanguageCode[] {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  const found: [LanguageCode, number][] = []
  const count = (re: RegExp) => sample.match(re)?.length ?? 0
  const kana = count(KANA)
  const han = count(HAN)
  if (kana >= MIN_CHARS) found.push(['ja', kana + han])
  else if (han >= MIN_CHARS) found.push(['zh', han])
  const cyrillic = count(CYRILLIC)
  if (cyrillic >= MIN_CHARS) found.push(['ru', cyrillic])
  const cues = new Map<LanguageCode, number>()
  let total = 0
  for (const m of sample.matchAll(CUE)) {
    const code = cueLanguage.get(m[0].toLowerCase())
    if (code) { cues.set(code, (cues.get(code) ?? 0) + 1); total++ }
  }
  for (const [code, re] of LETTERS) {
    const n = count(re)
    if (n > 0) { cues.set(code, (cues.get(code) ?? 0) + n); total += n }
  }
  for (const [code, n] of cues) if (n >= MIN_CUES && n >= total * MIN_SHARE) found.push([code, n * 4])
  return found.sort((a, b) => b[1] - a[1]).map(([code]) => code)
}
