import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BIN, REPO, sandbox } from '../helpers/cli.js'

interface Step { id?: string; shell: string; 'working-directory'?: string; env: Record<string, string>; run: string }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action
const PUBLISHED = 'cli=(npx --yes "audit-reconcile@${AR_VERSION}")'

/** `${{ inputs.name }}` as the runner evaluates it: the value given, else the input's default. */
function expand(text: string, inputs: Record<string, string>): string {
  const out = text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_all, name: string) => {
    expect(action.inputs, `input ${name} is declared`).toHaveProperty(name)
    return inputs[name] ?? action.inputs[name]!.default ?? ''
  })
  expect(out, 'no expression the test does not evaluate').not.toContain('${{')
  return out
}

/**
 * Runs the action's step as the runner would: `bash --noprofile --norc -eo pipefail` on the
 * script, inputs substituted into `env` and `working-directory`, runner files in `cwd`, and
 * this checkout's built CLI in place of the published package.
 */
function runAction(cwd: string, inputs: Record<string, string> = {}) {
  const [step] = action.runs.steps
  expect(step!.run.split(PUBLISHED).length, 'the script runs the published package once').toBe(2)
  const script = join(cwd, '.action-step.sh')
  writeFileSync(script, step!.run.replace(PUBLISHED, `cli=("${process.execPath}" "${BIN}")`))
  const env = Object.fromEntries(Object.entries(step!.env).map(([k, v]) => [k, expand(v, inputs)]))
  const files = { GITHUB_STEP_SUMMARY: join(cwd, '.step-summary.md'), GITHUB_OUTPUT: join(cwd, '.output'), RUNNER_TEMP: cwd }
  writeFileSync(files.GITHUB_STEP_SUMMARY, '# Earlier step\n')
  writeFileSync(files.GITHUB_OUTPUT, '')
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: join(cwd, expand(step!['working-directory'] ?? '.', inputs)),
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', GITHUB_ACTIONS: 'true', ...files, ...env },
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'), output: readFileSync(files.GITHUB_OUTPUT, 'utf8') }
}

function readmeRecipe(name: string): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
  const at = readme.indexOf(`<!-- recipe: ${name} -->`)
  expect(at).toBeGreaterThan(-1)
  return /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at))![1]!
}

describe('action.yml', () => {
  it('is a composite action that runs the published CLI of this version', () => {
    expect(action.runs.using).toBe('composite')
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version
    expect(action.inputs.version!.default).toBe(version)
    expect(action.runs.steps[0]!.run).not.toContain('${{')
  })

  it('annotates, appends the markdown report to the job summary, writes SARIF, and fails on errors', () => {
    const cwd = sandbox()
    const out = runAction(cwd, { paths: 'docs', sarif: 'audit.sarif' })
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^::error file=docs\/conflict\.md,line=10,col=1,/m)
    expect(out.stdout).toMatch(/^::warning file=docs\/warning\.md,line=3,/m)
    expect(out.summary).toMatch(/^# Earlier step\n## audit-reconcile\n\n✖ 2 problems \(1 error, 1 warning\) in 3 files\n/)
    expect(JSON.parse(readFileSync(join(cwd, 'audit.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' })
    expect(out.output).toBe('exit-code=1\nsarif=audit.sarif\n')
  })

  it('takes paths on several lines and unexpanded globs, a working directory, formats, config and fail-on', () => {
    const root = sandbox()
    mkdirSync(join(root, 'project'))
    renameSync(join(root, 'docs'), join(root, 'project/docs'))
    writeFileSync(join(root, 'project/.audit-reconcile.json'), '{ "rules": { "placeholder": "error" } }')
    const inputs = { 'working-directory': 'project', paths: 'docs/warning.md\n docs/c*.md\n', formats: 'github\njunit:junit.xml', summary: 'false' }
    const configured = runAction(root, { ...inputs, 'fail-on': 'never' })
    expect(configured.code).toBe(0)
    expect(configured.stdout).toMatch(/^::error file=docs\/warning\.md,line=3,/m)
    expect(readFileSync(join(root, 'project/junit.xml'), 'utf8')).toMatch(/^<\?xml /)
    expect(configured.summary).toBe('# Earlier step\n')
    const unconfigured = runAction(root, { ...inputs, config: 'false', 'fail-on': 'warning' })
    expect(unconfigured.code).toBe(1)
    expect(unconfigured.stdout).toMatch(/^::warning file=docs\/warning\.md,line=3,/m)
  })

  it('the README workflow: the action step with its inputs, and the SARIF file the upload step names', () => {
    const workflow = parse(readmeRecipe('github-action')) as { jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; if?: string; with?: Record<string, string> }[] }> }
    const job = Object.values(workflow.jobs)[0]!
    expect(job.permissions['security-events']).toBe('write')
    const step = job.steps.find((s) => s.uses?.startsWith('audit-reconcile/audit-reconcile@'))!
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(upload.if).toBe('always()')
    const cwd = sandbox()
    const out = runAction(cwd, step.with)
    expect(out.code).toBe(1)
    expect(out.summary).toContain('## audit-reconcile')
    expect(JSON.parse(readFileSync(join(cwd, upload.with!.sarif_file!), 'utf8'))).toMatchObject({ version: '2.1.0' })
  })
})
