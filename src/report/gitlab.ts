import { fingerprints } from '../contract/fingerprint.js'
import { stripControl } from './escape.js'
import { rootRelative } from './paths.js'
import { messageWithRelated } from './related.js'
import type { Formatter } from './types.js'

/** GitLab's severities: an error blocks as `major`, a warning is `minor`. */
const SEVERITY = { error: 'major', warning: 'minor' } as const

/**
 * GitLab Code Quality JSON (a subset of the Code Climate issue format) for the merge-request
 * widget: description, check_name, fingerprint, severity and location with a path relative
 * to the repository root. The fingerprint is the SARIF one, so it survives lines moving and
 * GitLab can tell new findings from old. Unreadable files are not issues and are left out.
 */
export const gitlab: Formatter = (result, ctx) => {
  const show = (path: string) => rootRelative(path, ctx)
  const prints = fingerprints(result.findings, (f) => show(f.path))
  const issues = result.findings.map((f, i) => ({
    type: 'issue',
    description: stripControl(messageWithRelated(f, show)),
    check_name: f.ruleId,
    fingerprint: prints[i],
    severity: f.confidence === 'high' ? SEVERITY[f.severity] : 'info',
    categories: ['Clarity'],
    location: { path: show(f.path), lines: { begin: f.line, end: f.endLine } },
  }))
  return JSON.stringify(issues, null, 2) + '\n'
}
