import type { Paragraph } from 'mdast'
import type { Span } from '../../contract/span.js'
import { planKey } from '../names.js'
import { readStatus, statusOfPercent, type StatusReading, type Vocabulary } from '../vocabulary.js'
import { readPercent } from './numbers.js'
import { addClaim, contextKind, currentSection, type Walk } from './context.js'
import { isOnlyStatus, stripMarkers, stripNumbering, trimSeparators } from './headings.js'
import { leadingStrong, type TextLine } from './inline.js'
import { readNumeral } from './number-convention.js'
import { WORD_LETTER } from '../letters.js'

const OPENING_LABEL = new RegExp(String.raw`^[${WORD_LETTER} ]{2,24}:\s+`, 'u')

/**
 * A status from a marker opening or closing a list entry's first line ("✅ Login", "Login ✅"),
 * unless the line is a `Label: value` field or the marker sits inside brackets about something
 * else ("All services (subscription has one ✅)"). A completion percentage in the entry that
 * contradicts a ✅ ("✅ MVP-3 - 20% complete") is a marker conflict.
 */
export function markerReading(walk: Walk, text: string) {
  const marker = walk.vocab.marker(text)
  if (!marker) return undefined
  const before = stripMarkers(text.slice(0, marker.index))
  const after = text.slice(marker.index + marker.raw.length)
  const opens = before === '' || /^[\d.)\s*_]*$/.test(before)
  const closes = stripMarkers(after).replace(walk.vocab.word(after)?.raw ?? '', '').replace(/[\s*_.!()-]/g, '') === ''
  const bracketed = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)
  if (before.includes(':') || bracketed || (!opens && !closes)) return undefined
  const reading = readStatus(text.slice(marker.index), walk.vocab)
  const pct = /(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:complete|completed|completion|done|implemented)\b/i.exec(after)
  if (reading && pct && reading.status === 'done' && (readNumeral(pct[1]!, walk.numbers, true) ?? 100) < 100) {
    return { ...reading, markerConflict: true, figure: true as const, word: { status: 'partial' as const, raw: pct[0], by: 'word' as const, vague: false, index: pct.index } }
  }
  return reading
}

/** A status phrase opening an entry as its label: "Missing: export to CSV", "Done – search". */
export function leadingStatus(walk: Walk, text: string) {
  const bare = stripMarkers(text)
  const word = walk.vocab.word(bare)
  if (!word || word.index > 2 || !/^\s*[:–—-]/.test(bare.slice(word.index + word.raw.length))) return undefined
  return { status: word.status, vague: false }
}

// Words that label an entry rather than name it: its kind or its priority.
const LABEL_WORD = /^(?:tasks?|items?|features?|issues?|descriptions?|goals?|requirements?|problems?|fix(?:es)?|actions?|steps?|objectives?|deliverables?|changes?|bugs?|todo|work|critical|high|medium|low|urgent|blocker|important|optional|bonus|new|p[0-4])$/i

/** The name a list entry gives: its leading bold text, else its text up to a dash or colon. */
export function entryName(text: string, para: Paragraph, vocab: Vocabulary): string {
  const strong = leadingStrong(para)
  // "**Task**: Replace the mock", "**CRITICAL:** Workflow engine": the bold word labels the entry, the name follows.
  const labelled = strong !== undefined && LABEL_WORD.test(trimSeparators(stripMarkers(strong)))
  if (strong && !labelled) return trimSeparators(stripMarkers(stripNumbering(strong)))
  let name = stripMarkers(text)
  if (labelled) name = name.replace(/^[^:]*:\s*/, '')
  // "Missing: Export to CSV" names the export, not "Missing".
  const opening = OPENING_LABEL.exec(name)
  if (opening && isOnlyStatus(opening[0].replace(':', ''), vocab)) name = name.slice(opening[0].length)
  for (const sep of [' - ', ' – ', ' — ', ': ']) {
    const i = name.indexOf(sep)
    if (i > 0) name = name.slice(0, i)
  }
  const paren = name.indexOf(' (')
  if (paren > 0) name = name.slice(0, paren)
  return trimSeparators(stripNumbering(name)).slice(0, 120)
}

/**
 * The claim (or plan entry) a list entry without a checkbox makes, and its key. In a plan or a
 * section of advice a bare ✅ is a bullet ("✅ Enable HTTPS" = do this): it claims done only with
 * words after the name that say so ("✅ **Deploy** - complete"); a ⏳ or ❌ there says "not done".
 */
export function entryClaim(walk: Walk, line: TextLine, name: string, base: { name: string; raw: string; parent?: string; span: Span }, ctx: { label?: Pick<StatusReading, 'status' | 'vague'>; top: boolean; plan?: boolean }): string | undefined {
  const text = line.text
  const reading = markerReading(walk, text) ?? leadingStatus(walk, text)
  const section = currentSection(walk)
  const planned = (section?.plan === true || ctx.plan === true) && ctx.top
  if (planned || contextKind(walk) === 'advice') {
    const at = text.toLowerCase().indexOf(name.toLowerCase())
    const confirmed = reading?.status === 'done' && at >= 0 && walk.vocab.word(text.slice(at + name.length))?.status === 'done'
    // In a plan, "⏳ Test the release" plainly says "not done yet": the hourglass is no vaguer than ❌ there.
    const pending = reading && reading.status !== 'done' && reading.status !== 'na' ? { ...reading, vague: false } : undefined
    const claimed = reading && confirmed ? addClaim(walk, { ...base, source: 'list-marker' }, reading).key
      : pending ? addClaim(walk, { ...base, source: 'list-marker' }, planned ? pending : reading!).key : undefined
    if (planned && !confirmed && name && !isInstruction(line)) walk.facts.plan.push({ name, key: planKey(name, walk.vocab.languages[0]).key, span: base.span })
    return claimed
  }
  // "✅ **Fixed**: 1 service" counts things; its name is only a status word.
  if (name && isOnlyStatus(name, walk.vocab)) return undefined
  if (reading) return addClaim(walk, { ...base, source: 'list-marker' }, reading).key
  if (ctx.label !== undefined && name) {
    // "Timesheets - 7/8 (88%)" filed under "Complete modules": the entry's own figure is its status.
    const own = ownFigure(walk, text.slice(Math.max(0, text.toLowerCase().indexOf(name.toLowerCase())) + name.length))
    if (own !== undefined) return addClaim(walk, { ...base, source: 'percentage', percent: own }, { status: statusOfPercent(own), vague: false }).key
    return addClaim(walk, { ...base, source: 'status-list' }, ctx.label).key
  }
  return undefined
}

// "4/5 tasks", "12/12", "(7/8)": a fraction closing an entry, with the noun of what it counts.
const OWN_FRACTION = new RegExp(String.raw`(?:^|[\s(])(\d{1,4})\s?\/\s?(\d{1,4})(?:\s[${WORD_LETTER}]{1,20})?\)?\s*$`, 'u')

/** The completion an entry states of itself after its name: a closing percentage, else a closing fraction. */
function ownFigure(walk: Walk, after: string): number | undefined {
  const text = stripMarkers(after).replace(/[*_`]/g, '').trim()
  if (text === '') return undefined
  const pct = readPercent(text, true, walk.vocab)
  if (pct) return pct.value
  const fraction = OWN_FRACTION.exec(text)
  if (!fraction) return undefined
  const [n, of] = [Number(fraction[1]), Number(fraction[2])]
  return of > 0 && n <= of ? (n / of) * 100 : undefined
}

/** A step for the reader rather than work on the project: "Run `bun install`", "Open http://localhost:3000". */
function isInstruction(line: TextLine): boolean {
  return /^\W*(?:run|open|visit|go to|navigate to|type|execute|launch|start|see|read|check out|clone|cd)\b/i.test(line.text) && (line.refs.length > 0 || /https?:\/\/|localhost/.test(line.text))
}
