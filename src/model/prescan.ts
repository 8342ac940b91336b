import type { Document } from './types.js'
import type { EncodingInfo } from '../parse/encoding.js'
import { findPlaceholders } from './extract/placeholders.js'
import type { Vocabulary } from './vocabulary.js'

// What every fact the extractor gathers needs, one way or another. Counts, percentages and dates
// need a digit; markers are symbols and emoji; task items need a box; claims and labels need a
// status phrase (the vocabulary), a label word ("Remaining", "Accomplished") or a field label
// ("Status:", "State:"); a metadata placeholder needs "TBD", "TBA" or "TKTK"; verdicts need a
// "done" word or "ready"; directives name the tool; front matter opens the file. Matched as substrings, which is looser (safer) than the extractor's words.
const DIGIT = /\p{N}/u
const SYMBOL = /[\p{Extended_Pictographic}\u2190-\u2BFF\uFE0F\u200D\u20E3]/u
const TASK = /\[[ xX]\]/
const HINT = /status|state|remain|outstanding|open|left|to be done|accomplish|achiev|deliver|ready|address|closed|everything|tbd|tba|tktk|audit-reconcile/i
// Markup the extractor sees through: emphasis, code, escapes, HTML and entities can hide a word
// inside another ("im**ple**mented", "&#100;one"). Entities and long lines always parse. A tag
// stops at the next "<": with `[^>\n]*` each "<" of a long unclosed run scanned to the line's end.
const MARKUP = /[*_~`\\]|<[^<>\n]*>/g
const ENTITY = /&(?:#\d+|#x[\da-f]+|\w+);/i
const LONG_LINE = 4000

/**
 * Whether a document may hold anything the extractor gathers. When false, parsing it yields no
 * section that matters, no claim, item, table count, verdict, placeholder, date, directive or
 * front matter, so every rule but `encoding` is silent on it and its report entry is empty: the
 * caller may skip the parse and check `blankDocument()` instead (test/engine/prescan.test.ts
 * runs both on varied documents and compares the results).
 */
export function mayHoldFacts(text: string, vocabulary: Vocabulary): boolean {
  if (text.startsWith('---') || DIGIT.test(text) || SYMBOL.test(text) || TASK.test(text) || ENTITY.test(text)) return true
  const flat = text.replace(MARKUP, '')
  for (const form of [text, flat]) {
    if (HINT.test(form) || vocabulary.words(form).length > 0 || TASK.test(form)) return true
  }
  for (const form of [text, flat]) {
    for (const line of form.split(/\r\n|\r|\n/)) {
      if (line.length > LONG_LINE || findPlaceholders(line).length > 0) return true
    }
  }
  return false
}

/** The model of a document that holds no facts: its text and encoding, nothing else. */
export function blankDocument(path: string, text: string, encoding: EncodingInfo): Document {
  const lines = text.split(/\r\n|\r|\n/)
  return {
    path,
    text,
    lineCount: lines.length > 1 && lines.at(-1) === '' ? lines.length - 1 : lines.length,
    encoding,
    sections: [],
    groups: [],
    claims: [],
    items: [],
    tables: [],
    counts: [],
    breakdowns: [],
    tallies: [],
    tableShares: [],
    restated: [],
    changes: [],
    verdicts: [],
    placeholders: [],
    directives: [],
    dates: [],
    plan: [],
    citations: [],
  }
}
