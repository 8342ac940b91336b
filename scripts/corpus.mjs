// Scores the built CLI on the label-first corpus: real status documents labelled by hand before the
// tool was run on them (bench/corpus/labels/*.json, each with its source: repository, path, commit,
// sha256). The documents themselves are not part of the project; put them in bench/corpus/docs/
// (ignored by git) or name a folder with --docs. Missing or changed documents are listed, not scored.
//
//   npm run corpus                       one line per document, then totals per rule and language
//   npm run corpus -- --show             also every missed label and every finding no label explains
//   npm run corpus -- --docs DIR --only c05,d01
//   npm run corpus -- --bin ../old/bin/audit-reconcile.js   another build, for a before/after table
//
// A finding matches a label when the rule agrees (label "other": any rule) and its line or a related
// line lies within ±1 of either side of the label ("encoding": any line). Findings no label explains
// are looked up in bench/corpus/judged.json, where each was judged by reading the document
// ("true" with why, or "false"); those not judged yet are counted as false.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback }
const docsDir = resolve(arg('--docs', process.env.AUDIT_CORPUS_DOCS ?? join(root, 'bench/corpus/docs')))
const labelsDir = join(root, 'bench/corpus/labels')
const show = process.argv.includes('--show')
const only = arg('--only')?.split(',')
const extra = process.argv.includes('--include-uncertain') ? ['--include-uncertain'] : []
const bin = resolve(arg('--bin', join(root, 'bin/audit-reconcile.js')))
const judgedFile = join(root, 'bench/corpus/judged.json')
const judged = existsSync(judgedFile) ? JSON.parse(readFileSync(judgedFile, 'utf8')) : {}

const labels = readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(join(labelsDir, f), 'utf8')))
  .filter((l) => !only || only.some((o) => l.doc.startsWith(o)))

const missing = []
const present = labels.filter((l) => {
  const file = join(docsDir, l.doc)
  if (!existsSync(file)) { missing.push(`${l.doc}: absent (${l.source.repository} ${l.source.path} @ ${l.source.commit})`); return false }
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex')
  if (l.source.sha256 && sha !== l.source.sha256) { missing.push(`${l.doc}: differs from the labelled bytes (sha256 ${sha.slice(0, 12)}…, labelled ${l.source.sha256.slice(0, 12)}…)`); return false }
  return true
})

function findingsOf(doc) {
  let out
  try {
    out = execFileSync(process.execPath, [bin, '--no-config', '--format', 'json', ...extra, doc], { cwd: docsDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 })
  } catch (error) {
    if (error.status !== 1) return { error: `exit ${error.status ?? error.signal}` }
    out = error.stdout
  }
  let encoding = false
  return { findings: JSON.parse(out).findings.filter((f) => f.ruleId !== 'encoding' || (!encoding && (encoding = true))) }
}

const near = (lines, range) => Array.isArray(range) && lines.some((l) => l >= range[0] - 1 && l <= (range[1] ?? range[0]) + 1)
const matches = (f, label) => (label.rule === 'other' || label.rule === f.ruleId) &&
  (label.rule === 'encoding' || near([f.line, ...f.related.map((r) => r.line)], label.lines) || near([f.line, ...f.related.map((r) => r.line)], label.other_lines))
const judgement = (doc, f) => judged[`${doc}:${f.line}:${f.ruleId}`]

const rows = []
const byRule = {}
const byLanguage = {}
const tally = (map, key) => (map[key] ??= { high: 0, found: 0, reported: 0, true: 0 })
for (const label of present) {
  const run = findingsOf(label.doc)
  if (run.error) { rows.push(`${label.doc}: ${run.error}`); continue }
  const highs = label.findings.filter((l) => l.confidence === 'high')
  const foundHighs = highs.filter((l) => run.findings.some((f) => matches(f, l)))
  const verdicts = run.findings.map((f) => {
    const labelled = label.findings.some((l) => matches(f, l))
    const judge = labelled ? undefined : judgement(label.doc, f)
    return { f, labelled, true: labelled || judge?.true === true, judge }
  })
  const lang = tally(byLanguage, label.language ?? '?')
  lang.high += highs.length; lang.found += foundHighs.length; lang.reported += verdicts.length; lang.true += verdicts.filter((v) => v.true).length
  for (const l of highs) { const r = tally(byRule, l.rule); r.high++; if (foundHighs.includes(l)) r.found++ }
  for (const v of verdicts) { const r = tally(byRule, v.f.ruleId); r.reported++; if (v.true) r.true++ }
  rows.push({ doc: label.doc, language: label.language, clean: label.clean === true, findings: verdicts.length, true: verdicts.filter((v) => v.true).length, false: verdicts.filter((v) => !v.true).length, missed: highs.length - foundHighs.length, high: highs.length })
  if (show) {
    for (const l of highs) if (!foundHighs.includes(l)) console.log(`  missed   ${label.doc} ${l.rule} ${JSON.stringify(l.lines)} ${String(l.detail).slice(0, 150)}`)
    for (const v of verdicts) {
      if (v.labelled) continue
      const why = v.judge ? `judged ${v.judge.true ? 'true' : 'false'}: ${v.judge.why ?? ''}` : 'not judged'
      console.log(`  ${v.true ? 'true ' : 'false'}    ${label.doc}:${v.f.line} ${v.f.ruleId} ${v.f.message.slice(0, 120)} (${why.slice(0, 100)})`)
    }
  }
}

const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '—')
console.log('| document | lang | findings | true | false | missed high (of) |')
console.log('|---|---|---|---|---|---|')
for (const r of rows) console.log(typeof r === 'string' ? `| ${r} |` : `| ${r.doc}${r.clean ? ' (clean)' : ''} | ${r.language} | ${r.findings} | ${r.true} | ${r.false} | ${r.missed} (${r.high}) |`)
const sum = (k) => rows.reduce((a, r) => a + (typeof r === 'string' ? 0 : r[k]), 0)
console.log(`| **${rows.length} documents** | | **${sum('findings')}** | **${sum('true')}** | **${sum('false')}** | **${sum('missed')} (${sum('high')})** |`)
console.log('')
for (const [name, map] of [['rule', byRule], ['language', byLanguage]]) {
  console.log(`by ${name}: ` + Object.entries(map).sort().map(([k, v]) => `${k} recall ${v.found}/${v.high} (${pct(v.found, v.high)}), precision ${v.true}/${v.reported} (${pct(v.true, v.reported)})`).join('; '))
}
// Pooled recall is dominated by the documents with the most labels; the mean of each document's recall weighs them alike.
const perDocument = (keep) => {
  const docs = rows.filter((r) => typeof r !== 'string' && r.high > 0 && keep(r))
  return `${pct(docs.reduce((a, r) => a + (r.high - r.missed) / r.high, 0), docs.length)} (${docs.length} documents)`
}
console.log(`per-document mean recall: English ${perDocument((r) => r.language === 'en')}, other languages ${perDocument((r) => r.language !== 'en')}`)
const numeric = ['count-mismatch', 'percent-mismatch'].map((k) => byRule[k] ?? { high: 0, found: 0, reported: 0, true: 0 })
console.log(`numeric (count + percent): recall ${numeric[0].found + numeric[1].found}/${numeric[0].high + numeric[1].high}, precision ${numeric[0].true + numeric[1].true}/${numeric[0].reported + numeric[1].reported}`)
console.log(`total: recall ${sum('high') - sum('missed')}/${sum('high')} high (${pct(sum('high') - sum('missed'), sum('high'))}), precision ${sum('true')}/${sum('findings')} (${pct(sum('true'), sum('findings'))}), findings on clean documents ${rows.reduce((a, r) => a + (r.clean ? r.findings : 0), 0)}`)
if (missing.length > 0) {
  console.log(`\n${missing.length} labelled document(s) not scored; fetch them byte for byte (git show COMMIT:PATH) into ${docsDir}:`)
  for (const m of missing) console.log(`  ${m}`)
}
