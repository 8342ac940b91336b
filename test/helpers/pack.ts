import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO } from './cli.js'

/** What the package is built from: a clone's files, less tests, fixtures and benches. */
const SOURCES = ['package.json', 'package-lock.json', '.npmrc', 'README.md', 'config.schema.json', 'tsconfig.json', 'tsconfig.build.json', 'bin', 'scripts', 'src']

/** A command's exit status and output. */
export interface Ran { status: number | null; stdout: string; stderr: string }

/** Runs a command with only PATH and HOME from the environment (as pre-commit clears npm's user config). */
export function run(command: string, args: readonly string[], cwd: string): Ran {
  const out = spawnSync(command, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } })
  return { status: out.status, stdout: out.stdout, stderr: out.stderr }
}

/**
 * Packs a copy of this checkout the way pre-commit installs a node hook: plain `npm pack` in
 * the package's folder, lifecycle scripts and all (the prepare script builds dist/ in the
 * copy), its standard output taken as the tarball's name. The copy shares node_modules.
 */
export function packLikePreCommit(): Ran & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'audit-reconcile-pack-'))
  for (const file of SOURCES) if (existsSync(join(REPO, file))) cpSync(join(REPO, file), join(dir, file), { recursive: true })
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return { ...run('npm', ['pack'], dir), dir }
}

/**
 * An empty project with the tarball installed by `npm install --offline`, plus `extra` packages
 * of its own: every dependency is taken from this checkout's node_modules (the versions of its
 * lock) through `overrides`, so nothing is fetched from a registry.
 */
export function installInEmptyProject(tarball: string, extra: readonly string[] = []): Ran & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'audit-reconcile-consumer-'))
  const local = (name: string) => `file:${join(REPO, 'node_modules', name)}`
  const overrides: Record<string, string> = {}
  const walk = (name: string) => {
    if (overrides[name] !== undefined) return
    overrides[name] = local(name)
    const manifest = JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    for (const dep of Object.keys(manifest.dependencies ?? {})) walk(dep)
  }
  const packed = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  for (const dep of [...Object.keys(packed.dependencies), ...extra]) walk(dep)
  // A package the project names itself cannot also be overridden: it is a direct dependency.
  for (const name of extra) delete overrides[name]
  const dependencies = Object.fromEntries([['audit-reconcile', `file:${tarball}`], ...extra.map((name) => [name, local(name)])])
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies, overrides }, null, 2))
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund'], dir)
  if (!existsSync(join(dir, 'node_modules/audit-reconcile/package.json'))) throw new Error(`npm install failed:\n${installed.stderr}`)
  return { ...installed, dir }
}
