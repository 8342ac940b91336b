import { fingerprints } from '../contract/fingerprint.js'
import type { RuleMeta } from '../contract/rule-meta.js'
import { TOOL_URI } from '../contract/version.js'
import { stripControl } from './escape.js'
import type { Finding, RunResult } from '../contract/result.js'
import { rootRelative } from './paths.js'
import type { FormatContext, Formatter } from './types.js'

/** The base every artifact URI is relative to; its absolute location is left to the consumer. */
const SRCROOT = '%SRCROOT%'
/** Key of our fingerprint in `partialFingerprints`; bump the version if the key ever changes. */
export const FINGERPRINT_KEY = 'auditReconcile/v1'

/**
 * SARIF 2.1.0 for code scanning: one run, every rule in `tool.driver.rules`, each finding a
 * result with its other side(s) in `relatedLocations` and a fingerprint that ignores line
 * numbers. Artifact URIs are relative to the repository root under `%SRCROOT%`, never
 * absolute `file://` URIs, so the file is portable between machines. Unreadable files become
 * tool execution notifications.
 */
export const sarif: Formatter = (result, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((rule, i) => [rule.id, i]))
  const prints = fingerprints(result.findings, (f) => rootRelative(f.path, ctx))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'audit-reconcile',
          version: ctx.toolVersion,
          semanticVersion: ctx.toolVersion,
          informationUri: TOOL_URI,
          rules: ctx.rules.map(ruleDescriptor),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository that was checked' } } },
      invocations: [invocation(result, ctx)],
      results: result.findings.map((f, i) => ({
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: f.severity,
        message: { text: stripControl(f.message) },
        locations: [{ physicalLocation: physical(f.path, f, ctx) }],
        ...(f.related.length > 0 ? {
          relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: physical(r.path, r, ctx), message: { text: stripControl(r.message) } })),
        } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
        // How sure the finding is, as code-scanning tools say it of their rules.
        properties: { precision: f.confidence },
      })),
      columnKind: 'utf16CodeUnits',
    }],
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** A rule as SARIF describes it: id, name, descriptions, help and default level. */
function ruleDescriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, _dash: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.help },
    help: { text: rule.help },
    defaultConfiguration: { level: rule.defaultSeverity },
  }
}

function physical(path: string, span: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>, ctx: FormatContext) {
  return {
    artifactLocation: { uri: toUri(rootRelative(path, ctx)), uriBaseId: SRCROOT },
    region: { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn },
  }
}

/** Whether the run succeeded, and each unreadable file as an error notification. */
function invocation(result: Readonly<RunResult>, ctx: FormatContext) {
  return {
    executionSuccessful: result.errors.length === 0,
    toolExecutionNotifications: result.errors.map((e) => ({
      level: 'error',
      message: { text: stripControl(e.message) },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(rootRelative(e.path, ctx)), uriBaseId: SRCROOT } } }],
    })),
  }
}

/** A relative path as a URI reference: each segment percent-encoded (a `:` in a name must not read as a scheme). */
function toUri(path: string): string {
  return path.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/')
}
