import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { BIN, REPO, runCli, sandbox } from '../helpers/cli.js'
import { historyRepo, write } from '../helpers/history-repo.js'
import { git } from '../helpers/tmp.js'

const README = readFileSync(join(REPO, 'README.md'), 'utf8')

/** The fenced block that follows `<!-- recipe: name -->` in the README. */
function recipe(name: string): string {
  const at = README.indexOf(`<!-- recipe: ${name} -->`)
  expect(at, `README has a recipe "${name}"`).toBeGreaterThan(-1)
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(README.slice(at))
  return block![1]!
}

/** Runs a shell command line from a recipe, with `npx audit-reconcile` meaning this checkout's CLI. */
function shell(line: string, cwd: string, env: NodeJS.ProcessEnv = {}) {
  const command = line.replace(/^npx audit-reconcile\b/, `"${process.execPath}" "${BIN}"`)
  const run = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', ...env } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('README recipes, run as written', () => {
  it('Options shows the real --help', () => {
    expect(recipe('help')).toBe(runCli(['--help'], { cwd: REPO }).stdout)
  })

  it('Quick start: the example document gives the output shown, and exit code 1', () => {
    const cwd = sandbox({ 'STATUS.md': recipe('quick-start-input') })
    const [command, ...rest] = recipe('quick-start').split('\n')
    const output = rest.slice(0, rest.indexOf('$ echo $?')).join('\n') + '\n'
    const run = shell(command!.replace(/^\$ /, ''), cwd)
    expect(run.stdout).toBe(output)
    expect(run.code).toBe(Number(rest[rest.indexOf('$ echo $?') + 1]))
  })

  it('Inline directives: the example suppresses exactly the two findings its document has without them', () => {
    const doc = recipe('directives')
    const bare = doc.split('\n').filter((l) => !l.startsWith('<!-- audit-reconcile-')).join('\n')
    const without = runCli(['--format', 'json', '-', '--stdin-filename', 'STATUS.md'], { input: bare })
    const found = (JSON.parse(without.stdout) as { findings: { ruleId: string; line: number }[] }).findings
    expect(found.map((f) => f.ruleId)).toEqual(['status-conflict', 'placeholder'])
    // The README names the table row's line as the document has it, directives included.
    expect(doc.split('\n')[7]).toBe('| Login Page | ❌ Not started |')
    const withThem = runCli(['--report-unused-directives', '-', '--stdin-filename', 'STATUS.md'], { input: doc })
    expect(withThem).toEqual({ code: 0, stdout: '✔ No problems in 1 file\n', stderr: '' })
  })

  it('a plain git hook: --staged with no paths stops a commit that stages a contradiction, lets a clean one through', () => {
    const hook = recipe('staged-hook')
    const cwd = historyRepo([{ 'README.md': '# Notes\n\n- [x] Exports\n' }])
    const hookFile = join(cwd, '.git/hooks/pre-commit')
    writeFileSync(hookFile, hook.replace(/^npx audit-reconcile\b/m, `"${process.execPath}" "${BIN}"`))
    chmodSync(hookFile, 0o755)
    const commit = (message: string) => spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], { cwd, encoding: 'utf8' })
    write(cwd, { 'docs/notes.md': '# More notes\n\n- [ ] Imports\n' })
    git(cwd, 'add', '-A')
    expect(commit('clean').status).toBe(0)
    write(cwd, { 'docs/STATUS.md': '# Status\n\n### Login ✅\n\n| Item | Status |\n|---|---|\n| Login | ❌ Missing |\n' })
    git(cwd, 'add', '-A')
    const stopped = commit('contradiction')
    expect(stopped.status).toBe(1)
    // git hands a hook's standard output to its own standard error.
    expect(stopped.stderr).toBe('docs/STATUS.md:7:1: error Unexpected status `todo` for `Login`, line 3 says `done` (see line 3) [status-conflict]\n')
    expect(git(cwd, 'log', '-1', '--format=%s')).toBe('clean\n')
  })

  it('pre-commit: the configured hook exists and runs with its args on the staged files', () => {
    const config = parse(recipe('pre-commit')) as { repos: { hooks: { id: string; args?: string[] }[] }[] }
    const [wanted] = config.repos[0]!.hooks
    const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string }[]
    const hook = hooks.find((h) => h.id === wanted!.id)
    expect(hook?.entry).toBe('audit-reconcile')
    const out = runCli([...(wanted!.args ?? []), 'docs/clean.md', 'docs/conflict.md'], { cwd: sandbox() })
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^docs\/conflict\.md:10:1: error Unexpected status/)
  })

  it('lint-staged: the command, with absolute staged paths appended, fails on a contradiction', () => {
    const config = JSON.parse(recipe('lint-staged')) as Record<string, string>
    const [command] = Object.values(config)
    const cwd = sandbox()
    const staged = ['docs/clean.md', 'docs/conflict.md'].map((f) => `'${join(cwd, f)}'`).join(' ')
    const out = shell(`${command!.replace(/^audit-reconcile\b/, 'npx audit-reconcile')} ${staged}`, cwd)
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^docs\/conflict\.md:10:1: error /)
  })

  it('GitHub Actions: annotations, SARIF for the upload step, markdown to the step summary', () => {
    const workflow = parse(recipe('github-actions')) as { jobs: Record<string, { permissions: Record<string, string>; steps: { run?: string; uses?: string; if?: string; with?: Record<string, string> }[] }> }
    const job = Object.values(workflow.jobs)[0]!
    expect(job.permissions['security-events']).toBe('write')
    const run = job.steps.find((s) => s.run?.includes('audit-reconcile'))!.run!
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!
    expect(upload.if).toBe('always()')
    const cwd = sandbox()
    const summary = join(cwd, 'step-summary.md')
    const out = shell(run, cwd, { GITHUB_STEP_SUMMARY: summary })
    expect(out.code).toBe(1)
    expect(out.stdout).toMatch(/^::error file=docs\/conflict\.md,line=10,col=1,/m)
    expect(JSON.parse(readFileSync(join(cwd, upload.with!.sarif_file!), 'utf8'))).toMatchObject({ version: '2.1.0' })
    expect(readFileSync(summary, 'utf8')).toMatch(/^## audit-reconcile\n\n✖ 2 problems \(1 error, 1 warning\) in 3 files\n/)
  })

  it('GitLab CI: the report files the artifacts name are written', () => {
    const pipeline = parse(recipe('gitlab-ci')) as Record<string, { script: string[]; artifacts: { when: string; reports: Record<string, string> } }>
    const job = Object.values(pipeline)[0]!
    expect(job.artifacts.when).toBe('always')
    const cwd = sandbox()
    const out = shell(job.script.find((l) => l.includes('audit-reconcile'))!, cwd)
    expect(out.code).toBe(1)
    const quality = JSON.parse(readFileSync(join(cwd, job.artifacts.reports.codequality!), 'utf8')) as { check_name: string }[]
    expect(quality.map((i) => i.check_name)).toEqual(['status-conflict', 'placeholder'])
    expect(readFileSync(join(cwd, job.artifacts.reports.junit!), 'utf8')).toMatch(/^<\?xml [^>]*>\n<testsuites name="audit-reconcile"/)
  })

  it('Node API: the example runs against the installed package and prints what the README says', () => {
    const cwd = sandbox({ 'example.mjs': recipe('node-api') })
    mkdirSync(join(cwd, 'node_modules'))
    symlinkSync(REPO, join(cwd, 'node_modules/audit-reconcile'), 'dir')
    expect(existsSync(join(REPO, 'dist/types/index.d.ts')), 'the package ships its types').toBe(true)
    const run = spawnSync(process.execPath, ['example.mjs'], { cwd, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(recipe('node-api-output'))
  })

  it('Node API: the same example type-checks for a TypeScript user, against the shipped declarations', () => {
    // The example as a .ts module, plus a line that must not compile if the types were `any`.
    const source = `${recipe('node-api')}\n// @ts-expect-error not a rule id\nawait audit({ paths: [], rules: { 'no-such-rule': 'off' } })\n`
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
        types: ['node'], typeRoots: [join(REPO, 'node_modules/@types')], skipLibCheck: true,
      },
      files: ['example.ts'],
    }
    const cwd = sandbox({ 'example.ts': source, 'tsconfig.json': JSON.stringify(tsconfig), 'package.json': '{ "type": "module" }' })
    mkdirSync(join(cwd, 'node_modules'))
    symlinkSync(REPO, join(cwd, 'node_modules/audit-reconcile'), 'dir')
    const tsc = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd, encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
  })
})
