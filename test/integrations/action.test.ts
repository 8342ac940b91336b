import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO, sandbox } from '../helpers/cli.js'

interface Step { id?: string; shell: string; 'working-directory'?: string; env: Record<string, string>; run: string }
interface Action { inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action
const [step] = action.runs.steps

/** `${{ inputs.name }}` as the runner evaluates it: the value given, else the input's default. */
function expand(text: string, inputs: Record<string, string>): string {
  const out = text.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_all, name: string) => {
    expect(action.inputs, `input ${name} is declared`).toHaveProperty(name)
    return inputs[name] ?? action.inputs[name]!.default ?? ''
  })
  expect(out, 'no expression the test does not evaluate').not.toContain('${{')
  return out
}

/** The action's folder as the runner checks it out (the repository at the `uses:` ref), installed or not. */
function actionFolder(installed: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-reconcile-action-'))
  for (const file of ['action.yml', 'package.json', 'package-lock.json', '.npmrc', 'bin', 'scripts', 'src', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(join(REPO, file), join(dir, file), { recursive: true })
  }
  if (installed) {
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir')
    symlinkSync(join(REPO, 'dist'), join(dir, 'dist'), 'dir')
  }
  return dir
}

/** A stand-in for npm on PATH: records where it ran, what with, and which registry npm would use there; then `install`s. */
function fakeNpm(install: 'link' | 'fail'): string {
  const bin = mkdtempSync(join(tmpdir(), 'audit-reconcile-npm-'))
  const realNpm = spawnSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim()
  writeFileSync(join(bin, 'npm'), [
    '#!/usr/bin/env bash',
    `echo "$PWD|$*|$("${realNpm}" config get registry)" >> "${join(bin, 'calls')}"`,
    install === 'fail' ? 'echo "npm error network request failed" >&2; exit 1' : `ln -s "${join(REPO, 'node_modules')}" node_modules`,
  ].join('\n'))
  chmodSync(join(bin, 'npm'), 0o755)
  return bin
}

/**
 * Runs the action's step, unchanged, as the runner would: `bash --noprofile --norc -eo
 * pipefail` on the script, inputs substituted into `env` and `working-directory`,
 * GITHUB_ACTION_PATH the action's folder, the runner's files in `cwd`.
 */
function runAction(cwd: string, inputs: Record<string, string> = {}, options: { actionPath?: string; pathPrefix?: string } = {}) {
  const script = join(cwd, '.action-step.sh')
  writeFileSync(script, step!.run)
  const env = Object.fromEntries(Object.entries(step!.env).map(([k, v]) => [k, expand(v, inputs)]))
  const files = { GITHUB_STEP_SUMMARY: join(cwd, '.step-summary.md'), GITHUB_OUTPUT: join(cwd, '.output'), RUNNER_TEMP: cwd }
  writeFileSync(files.GITHUB_STEP_SUMMARY, '# Earlier step\n')
  writeFileSync(files.GITHUB_OUTPUT, '')
  const PATH = options.pathPrefix ? `${options.pathPrefix}:${process.env.PATH}` : process.env.PATH
  const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: join(cwd, expand(step!['working-directory'] ?? '.', inputs)),
    encoding: 'utf8',
    env: { PATH, HOME: process.env.HOME, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_ACTION_PATH: options.actionPath ?? actionFolder(true), ...files, ...env },
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
  it('is a composite action whose script takes no expression: inputs come through the environment', () => {
    expect(action.runs.using).toBe('composite')
    expect(step!.run).not.toContain('${{')
    expect(step!.run).not.toMatch(/\bnpx\b/)
    for (const value of Object.values(step!.env)) expect(value).toMatch(/^\$\{\{ inputs\.[\w-]+ \}\}$/)
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

  it('with the package absent everywhere, installs the tool in its own folder, with npm settings from there, and runs it', () => {
    const cwd = sandbox({ '.npmrc': 'registry=http://127.0.0.1:9/from-the-checkout/\n' })
    const folder = actionFolder(false)
    const npm = fakeNpm('link')
    const out = runAction(cwd, { paths: 'docs' }, { actionPath: folder, pathPrefix: npm })
    expect(out.stderr).toBe('')
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^::error file=docs\/conflict\.md,line=10,col=1,/m)
    const [where, args, registry] = readFileSync(join(npm, 'calls'), 'utf8').trim().split('|')
    expect(where).toBe(folder)
    expect(args).toBe('ci --ignore-scripts --no-audit --no-fund')
    expect(registry).not.toContain('from-the-checkout')
    expect(existsSync(join(folder, 'dist/cli.js'))).toBe(true)
    // Installed once: the next run of the same folder does not install again.
    expect(runAction(cwd, { paths: 'docs' }, { actionPath: folder, pathPrefix: npm }).code).toBe(1)
    expect(readFileSync(join(npm, 'calls'), 'utf8').trim().split('\n')).toHaveLength(1)
  })

  it('never runs a copy of the tool committed to the checkout', () => {
    const planted = 'require("fs").writeFileSync("PWNED", "ran"); process.exit(0)\n'
    const cwd = sandbox({
      'node_modules/audit-reconcile/package.json': '{ "name": "audit-reconcile", "version": "0.1.0", "bin": { "audit-reconcile": "cli.js" } }',
      'node_modules/audit-reconcile/cli.js': `#!/usr/bin/env node\n${planted}`,
      'node_modules/.bin/audit-reconcile': `#!/usr/bin/env node\n${planted}`,
      'package.json': '{ "name": "checked", "dependencies": { "audit-reconcile": "0.1.0" } }',
    })
    chmodSync(join(cwd, 'node_modules/.bin/audit-reconcile'), 0o755)
    const out = runAction(cwd, { paths: 'docs' }, { pathPrefix: join(cwd, 'node_modules/.bin') })
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^::error file=docs\/conflict\.md,line=10,col=1,/m)
    expect(existsSync(join(cwd, 'PWNED'))).toBe(false)
  })

  it('an install that fails is exit code 2, never the 1 of "contradictions found", with an error annotation', () => {
    const cwd = sandbox()
    const out = runAction(cwd, { paths: 'docs' }, { actionPath: actionFolder(false), pathPrefix: fakeNpm('fail') })
    expect(out.code).toBe(2)
    expect(out.output).toBe('exit-code=2\nsarif=\n')
    expect(out.stdout).toMatch(/^::error title=audit-reconcile::could not install audit-reconcile in .* \(npm ci or its build failed; its output is above\)$/m)
    expect(out.stderr).toContain('npm error network request failed')
    expect(out.summary).toBe('# Earlier step\n')
  })

  it('the README workflow: the action step with its inputs, and the SARIF file the upload step names', () => {
    const workflow = parse(readmeRecipe('github-action')) as { jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; if?: string; with?: Record<string, string> }[] }> }
    const job = Object.values(workflow.jobs)[0]!
    expect(job.permissions['security-events']).toBe('write')
    const used = job.steps.find((s) => s.uses?.startsWith('audit-reconcile/audit-reconcile@'))!
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(upload.if).toBe('always()')
    const cwd = sandbox()
    const out = runAction(cwd, used.with)
    expect(out.code).toBe(1)
    expect(out.summary).toContain('## audit-reconcile')
    expect(JSON.parse(readFileSync(join(cwd, upload.with!.sarif_file!), 'utf8'))).toMatchObject({ version: '2.1.0' })
  })
})
