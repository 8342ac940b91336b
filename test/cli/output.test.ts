import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, REPO, runCli, sandbox } from '../helpers/cli.js'

/** Runs `node bin … | reader` in bash and returns the CLI's own exit status and standard error. */
function piped(args: string, reader: string) {
  const script = `"${process.execPath}" "${BIN}" ${args} 2>cli-stderr | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"; cat cli-stderr`
  const run = spawnSync('bash', ['-c', script], { cwd: sandbox(), encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, REPO } })
  const [status, ...stderr] = run.stdout.split('\n')
  return { status: Number(status), stderr: stderr.join('\n') }
}

describe('a pipe closed early', () => {
  it('--format json … | head: output stops quietly, with the exit code of the run', () => {
    // The JSON report of the examples is larger than a pipe holds, so the CLI is still writing when head leaves.
    const run = piped(`--format json "${join(REPO, 'fixtures/examples')}"`, 'head -c 100')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
  })

  it('--help | head -1 and --report full | head -2: no EPIPE trace', () => {
    expect(piped('--help', 'head -1')).toEqual({ status: 0, stderr: '' })
    expect(piped(`--report full "${join(REPO, 'fixtures/examples')}"`, 'head -2')).toEqual({ status: 1, stderr: '' })
  })
})

describe('--max-warnings', () => {
  it('says why the run failed when there are too many warnings, and nothing when not', () => {
    const cwd = sandbox()
    const over = runCli(['--max-warnings', '0', 'docs/warning.md'], { cwd })
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('audit-reconcile: 1 warning, more than --max-warnings 0 allows\n')
    const within = runCli(['--max-warnings', '1', 'docs/warning.md'], { cwd })
    expect(within).toMatchObject({ code: 0, stderr: '' })
  })
})

describe('report files', () => {
  it('refuses two reports to one file, before checking anything or writing', () => {
    const cwd = sandbox()
    for (const args of [['--format', 'json:out/r.txt', '--format', 'sarif:out/../out/r.txt'], ['--format', 'junit:out/r.txt', '--format', 'pretty', '-o', 'out/r.txt']]) {
      const run = runCli([...args, 'docs'], { cwd })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^audit-reconcile: --format \w+ and --format \w+ both write to out\/.*r\.txt; give each report its own file\n$/)
      expect(existsSync(join(cwd, 'out'))).toBe(false)
    }
  })
})

describe('--help', () => {
  it('lists the mcp command in a Commands section', () => {
    const help = runCli(['--help']).stdout
    expect(help).toMatch(/\nCommands:\n {2}mcp {2,}serve the checks to coding assistants/)
    expect(help.indexOf('Commands:')).toBeLessThan(help.indexOf('Examples:'))
  })
})
