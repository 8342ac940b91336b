import { describe, expect, it } from 'vitest'
import { analyseBytes } from '../../src/engine/analyse.js'
import { nameKey, planKey } from '../../src/model/names.js'
import { readDate } from '../../src/model/extract/dates.js'
import { readField, readLabelLine } from '../../src/model/extract/fields.js'
import { readHeading, stripMarkers, stripNumbering, trimSeparators } from '../../src/model/extract/headings.js'
import { readNumberCell, readPercent, trimChars } from '../../src/model/extract/numbers.js'
import { findPlaceholders } from '../../src/model/extract/placeholders.js'
import { findVerdict } from '../../src/model/extract/verdicts.js'
import { defaultVocabulary as vocab, readStatus } from '../../src/model/vocabulary.js'
import { chunkStarts } from '../../src/parse/chunks.js'
import { boundText } from '../../src/parse/limits.js'
import { escapeTableCell, escapeWorkflowData, stripControl } from '../../src/report/escape.js'

// Every extractor on lines of 100 KB built to make a backtracking pattern try every split of a
// long run. A super-linear pattern shows up as a run that does not end (a regex cannot be
// interrupted, so CI's time limit catches it: COMPLETION in numbers.ts once took minutes on
// "50%" and 2,000 spaces); the benchmark, not this test, measures time. Each run also sits next to the text a pattern looks
// for, so that a pattern that gives up on long input instead of reading it would fail too.
const N = 100_000
const runs: Record<string, string> = {
  spaces: ' '.repeat(N),
  pipes: '|'.repeat(N),
  stars: '*'.repeat(N),
  digits: '1'.repeat(N),
  emoji: '✅'.repeat(N / 2),
  brackets: '['.repeat(N),
  colons: ':'.repeat(N),
  dotted: '1.'.repeat(N / 2),
  tabs: '\t '.repeat(N / 2),
  escapes: '\x1b['.repeat(N / 2),
  osc: '\x1b]8;;'.repeat(N / 5),
  word: 'all '.repeat(N / 4),
  ones: '1/'.repeat(N / 2),
}

/** Runs through every line-level extractor; returns what each found, so that the results can be checked. */
function extractAll(line: string) {
  return {
    field: readField(line),
    label: readLabelLine(line, vocab),
    heading: readHeading(line, vocab),
    percent: readPercent(line, true),
    percentAnywhere: readPercent(line, false),
    cell: readNumberCell(line),
    date: readDate(line),
    verdict: findVerdict(line, true),
    placeholders: findPlaceholders(line),
    status: readStatus(line, vocab),
    words: vocab.words(line).length,
    key: nameKey(line).key.length + planKey(line).key.length,
    stripped: stripMarkers(stripNumbering(trimSeparators(line))).length + trimChars(line, ' |*').length,
    escaped: stripControl(line).length + escapeTableCell(line).length + escapeWorkflowData(line).length,
  }
}

describe('extractors on adversarial 100 KB lines', () => {
  for (const [name, run] of Object.entries(runs)) {
    it(`a run of ${name}`, () => {
      for (const line of [run, `${run}x`, `x${run}`, `Status:${run}✅ Done`, `50%${run}x`, `## ${run} 85% Complete`]) {
        const found = extractAll(line)
        expect(found.placeholders.length).toBeLessThanOrEqual(N)
      }
    })
  }

  it('finds what it should at the end of a long run, or gives up on purpose', () => {
    expect(readPercent(`Docker ${' '.repeat(N)}(85% Complete)`, true)?.value).toBe(85)
    expect(readPercent(`50%${' '.repeat(N)}x`, true)).toBeUndefined()
    expect(readPercent(`50%${' '.repeat(N)}complete`, true)?.value).toBe(50)
    expect(readStatus(`${' '.repeat(N)}❌ Missing`)?.status).toBe('todo')
    expect(vocab.marker(`${'*'.repeat(N)}✅`)?.status).toBe('done')
    expect(stripControl(`${'\x1b['.repeat(10)}31mred`)).not.toContain('\x1b')
    // Lines past these lengths are not read at all (fields 2,000, verdicts 1,000, dates 500, placeholders 5,000).
    expect(readField(`Status:${' '.repeat(N)}Done`)).toBeUndefined()
    expect(findPlaceholders(`${' '.repeat(N)}[Current Date]`)).toEqual([])
  })
})

describe('the whole analysis on adversarial documents', () => {
  for (const [name, run] of Object.entries(runs)) {
    it(`a 100 KB line of ${name} in a document`, () => {
      const doc = `# Status\n\n### Login ✅\n\nStatus: ${run.slice(0, 1000)}\n\n${run}\n\n| Item | Status | Notes |\n|---|---|---|\n| Login | ❌ Missing | ${run.slice(0, 5000)} |\n`
      const result = analyseBytes(new Uint8Array(Buffer.from(doc)), 'adversarial.md')
      expect(result).toBeDefined()
      // The heading and the table row still meet, whatever sits between them.
      expect(result!.findings.filter((f) => f.ruleId === 'status-conflict').map((f) => f.line)).toEqual([11])
    })
  }

  it('the pre-parse scans are linear too', () => {
    for (const run of Object.values(runs)) {
      const text = `${run}${run}x\n${run.slice(0, 50_000)}\n\n|a|\n|-|\n${'| x |\n'.repeat(2000)}`
      const skipped = boundText(text).skipped
      expect(skipped[0]).toMatchObject({ line: 1, endLine: 1 })
      expect(skipped.every((s) => s.endLine <= 2)).toBe(true)
      expect(chunkStarts(text, 1000).length).toBeGreaterThan(1)
    }
  })
})
