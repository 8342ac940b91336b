import { UsageError } from '../contract/errors.js'
import { relative } from 'node:path'
import { changedSince, repositoryOf, resolveCommit, stagedFiles } from '../io/git.js'
import { findRepositoryRoot } from '../io/repository.js'

/** Which documents a run checks: those changed since a revision, or those staged for commit. */
export interface Selection {
  changedSince?: string
  staged?: boolean
}

/**
 * Which documents of a run get checked: with a selection, the files (as the run names them)
 * changed since the revision, untracked ones included, or staged for the next commit, and
 * standard input; without one, every document.
 */
export async function checkedPaths(files: readonly string[], selection: Selection, cwd: string): Promise<(path: string) => boolean> {
  const changed = await selectChanged(files, selection, cwd)
  if (!changed) return () => true
  const named = new Set(files)
  return (path) => changed.has(path) || !named.has(path)
}

async function selectChanged(files: readonly string[], selection: Selection, cwd: string): Promise<Set<string> | undefined> {
  const { changedSince: rev, staged } = selection
  if (rev === undefined && !staged) return undefined
  if (rev !== undefined && staged) throw new UsageError('--changed-since and --staged choose files two different ways; give one of them')
  const flag = staged ? '--staged' : '--changed-since'
  const repo = repositoryOf(files, cwd, flag)
  const changed = staged ? await stagedFiles(repo.root) : await changedSince(repo.root, await resolveCommit(repo.root, rev!, flag))
  return new Set(files.filter((f) => changed.has(repo.paths.get(f)!)))
}

/**
 * What a run with a selection and no paths reads: the whole repository around `cwd`, as a
 * path relative to it, so that every staged (or changed) markdown document is checked and the
 * others still count across documents. A UsageError outside a repository.
 */
export function wholeRepository(selection: Selection, cwd: string): string {
  const flag = selection.staged ? '--staged' : '--changed-since'
  const root = findRepositoryRoot(cwd)
  if (root === undefined) throw new UsageError(`${flag} with no paths checks the git repository around the working directory, and ${cwd} is not in one`)
  return relative(cwd, root) || '.'
}
