import { spawn } from 'node:child_process'
import { dirname, relative, resolve, sep } from 'node:path'
import { UsageError } from '../contract/errors.js'
import { gitProgram, SAFE_CONFIG } from './git-path.js'
import { findRepositoryRoot } from './repository.js'

/** The one git repository a run's documents live in, and each document's path inside it. */
export interface Repository {
  root: string
  /** Document path as the run names it → path from the repository root, with `/`. */
  paths: Map<string, string>
}

/**
 * The repository holding every document (paths relative to cwd); `flag` names the option
 * that needs it in the error. Throws a UsageError outside a repository or across several.
 */
export function repositoryOf(paths: readonly string[], cwd: string, flag: string): Repository {
  const roots = new Map<string, string>()
  const inRoot = new Map<string, string>()
  for (const path of paths) {
    const abs = resolve(cwd, path)
    const root = findRepositoryRoot(dirname(abs))
    if (!root) throw new UsageError(`${flag} needs a git repository, and ${path} is not in one`)
    roots.set(root, path)
    inRoot.set(path, relative(root, abs).split(sep).join('/'))
  }
  if (roots.size > 1) {
    const which = [...roots].map(([root, path]) => `${path} in ${root}`).join(', ')
    throw new UsageError(`${flag} compares one git repository at a time, and the documents are in ${roots.size}: ${which}`)
  }
  const root = roots.keys().next().value ?? findRepositoryRoot(cwd)
  if (root === undefined) throw new UsageError(`${flag} needs a git repository, and ${cwd} is not in one`)
  return { root, paths: inRoot }
}

/** The full commit id a revision names; a UsageError naming the revision when it names none. */
export async function resolveCommit(root: string, rev: string, flag: string): Promise<string> {
  // A revision is never an option: "--output=x" must not reach git as one.
  if (rev === '' || rev.startsWith('-')) throw new UsageError(`${flag}: "${rev}" is not a revision`)
  const out = await git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).catch((error: unknown) => {
    if (error instanceof UsageError) throw error
    return undefined
  })
  if (out === undefined) throw new UsageError(`${flag}: unknown revision "${rev}" in the git repository at ${root}`)
  return out.toString('utf8').trim()
}

/** Renames git detects between a commit and the working tree: new path → old path (from the root). */
export async function renamesSince(root: string, commit: string): Promise<Map<string, string>> {
  const out = (await git(root, ['diff', '--name-status', '-M', '--diff-filter=R', '-z', commit, '--'])).toString('utf8')
  // Each rename is three fields: R<similarity>, the old path, the new path.
  const fields = out.split('\0')
  const renames = new Map<string, string>()
  for (let i = 0; i + 2 < fields.length; i += 3) if (fields[i]!.startsWith('R')) renames.set(fields[i + 2]!, fields[i + 1]!)
  return renames
}

/** The bytes of files (paths from the root) at a commit, by one `git cat-file --batch`; absent files are left out. */
export async function readAt(root: string, commit: string, paths: readonly string[]): Promise<Map<string, Buffer>> {
  // A path with a line break cannot be named on a batch line (git 2.39 has no `--batch -z`): it is
  // read by a call of its own, named in the arguments. Reading it as absent would call it added.
  const asked = paths.filter((p) => !/[\r\n]/.test(p))
  const found = new Map<string, Buffer>()
  for (const path of paths.filter((p) => /[\r\n]/.test(p))) {
    const blob = await git(root, ['cat-file', 'blob', `${commit}:${path}`]).catch(() => undefined)
    if (blob) found.set(path, blob)
  }
  const out = await git(root, ['cat-file', '--batch'], asked.map((p) => `${commit}:${p}\n`).join(''))
  let at = 0
  for (const path of asked) {
    const end = out.indexOf(0x0a, at)
    if (end < 0) break
    const header = out.subarray(at, end).toString('utf8')
    at = end + 1
    const blob = /^[0-9a-f]+ blob (\d+)$/.exec(header)
    if (!header.endsWith(' missing') && !blob) {
      // A tree or a submodule at that path: skip its content, it is no document.
      const size = /^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1]
      at += size === undefined ? 0 : Number(size) + 1
      continue
    }
    if (!blob) continue
    const size = Number(blob[1])
    found.set(path, out.subarray(at, at + size))
    at += size + 1
  }
  return found
}

/** Files (from the root) that differ between a commit and the working tree, plus untracked ones; deletions left out. */
export async function changedSince(root: string, commit: string): Promise<Set<string>> {
  const [diff, untracked] = await Promise.all([
    git(root, ['diff', '--name-only', '--diff-filter=d', '--no-renames', '-z', commit, '--']),
    git(root, ['ls-files', '--others', '--exclude-standard', '-z']),
  ])
  return new Set([...nulList(diff), ...nulList(untracked)])
}

/** Files (from the root) staged for the next commit; deletions left out. */
export async function stagedFiles(root: string): Promise<Set<string>> {
  return new Set(nulList(await git(root, ['diff', '--cached', '--name-only', '--diff-filter=d', '--no-renames', '-z', '--'])))
}

function nulList(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter((p) => p !== '')
}

/** Runs git in a folder; resolves to its standard output, rejects with its first line of standard error. */
function git(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    // A user's config must not colour or rewrite the output parsed here, and the repository's
    // must run no program: core.fsmonitor names a command git runs before comparing the tree.
    const child = spawn(gitProgram(), [...SAFE_CONFIG, '-c', 'core.quotePath=false', '-c', 'color.ui=false', '-c', 'diff.relative=false', ...args], { cwd, stdio: 'pipe' })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      fail(error.code === 'ENOENT' ? new UsageError('git is needed for this option, and it could not be run (is it installed?)') : error)
    })
    child.on('close', (code) => {
      if (code === 0) done(Buffer.concat(out))
      else fail(new Error(Buffer.concat(err).toString('utf8').split('\n')[0] || `git ${args[0]} exited with ${code}`))
    })
    // git may exit before reading all of its input; its exit status tells what happened.
    child.stdin.on('error', () => undefined)
    child.stdin.end(input ?? '')
  })
}
