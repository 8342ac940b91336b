import { escapeXmlText, oneLine, stripControl, xmlAttributes as attrs } from './escape.js'
import type { Finding } from '../contract/result.js'
import { displayPath } from './paths.js'
import { messageWithRelated } from './related.js'
import type { Formatter } from './types.js'

/**
 * JUnit XML for CI test reports: a test suite per document, a test case per document and
 * rule (every known rule, so a clean rule shows as a pass), and a failure per case that has
 * findings, carrying one line per finding. Warnings are failures of type `warning`, as in
 * ESLint's JUnit formatter. An unreadable file is a case with an `<error>`.
 */
export const junit: Formatter = (result, ctx) => {
  const show = (path: string) => stripControl(displayPath(path, ctx.cwd))
  const ruleIds = [...new Set([...ctx.rules.map((r) => r.id), ...result.findings.map((f) => f.ruleId)])]
  const paths = [...new Set([...result.documents.map((d) => d.path), ...result.findings.map((f) => f.path)])]
  const suites = paths.map((path) => {
    const findings = result.findings.filter((f) => f.path === path)
    const cases = ruleIds.map((id) => testCase(show(path), id, findings.filter((f) => f.ruleId === id), show))
    const failed = ruleIds.filter((id) => findings.some((f) => f.ruleId === id)).length
    return suite(show(path), cases, failed, 0)
  })
  for (const e of result.errors) {
    const body = `    <testcase ${attrs({ classname: show(e.path), name: 'read', file: show(e.path) })}>\n`
      + `      <error ${attrs({ message: stripControl(e.message) })}/>\n    </testcase>`
    suites.push(suite(show(e.path), [body], 0, 1))
  }
  const tests = paths.length * ruleIds.length + result.errors.length
  const failures = suites.reduce((n, s) => n + s.failures, 0)
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<testsuites ${attrs({ name: 'audit-reconcile', tests, failures, errors: result.errors.length })}>\n`
    + suites.map((s) => s.xml).join('\n') + (suites.length > 0 ? '\n' : '')
    + '</testsuites>\n'
}

function testCase(path: string, ruleId: string, findings: readonly Finding[], show: (p: string) => string): string {
  const open = `    <testcase ${attrs({ classname: path, name: ruleId, file: path })}`
  if (findings.length === 0) return `${open}/>`
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : 'warning'
  const summary = `${findings.length} ${ruleId} finding${findings.length === 1 ? '' : 's'}`
  // One line per finding, a line break in a path or message folded: a line of the report must
  // not start with what a CI runner reads as a command (`::add-mask::`), were it printed.
  const body = findings.map((f) => `${oneLine(path)}:${f.line}:${f.column}: ${f.severity} ${oneLine(messageWithRelated(f, show))}`).join('\n')
  return `${open}>\n      <failure ${attrs({ type: severity, message: summary })}>${escapeXmlText(body)}</failure>\n    </testcase>`
}

function suite(name: string, cases: string[], failures: number, errors: number): { xml: string; failures: number } {
  const open = `  <testsuite ${attrs({ name, tests: cases.length, failures, errors })}`
  return { xml: cases.length === 0 ? `${open}/>` : `${open}>\n${cases.join('\n')}\n  </testsuite>`, failures }
}

