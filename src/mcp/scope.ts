// What one check_documents call may read: files under the server's root only (by their real
// paths, so neither `../`, an absolute path nor a symlink leads out), and not too much at once.
// A client is a model that follows instructions found in the documents it reads; the server
// must not become its way to read the machine.
import { resolve } from 'node:path'
import { collectFiles, type CollectOptions } from '../io/collect-files.js'
import { isWithin, realFolder, realPlace } from '../io/confine.js'
import { oneLine } from '../report/escape.js'

/** How much one call may read. */
export interface CallLimits {
  /** Paths, directories and globs in one call. */
  maxPaths: number
  /** Files they may name together. */
  maxFiles: number
  /** Bytes those files may hold together. */
  maxBytes: number
}

/** 200 documents or 64 MiB per call: a repository's status documents many times over; the CLI has no limit. */
export const DEFAULT_LIMITS: CallLimits = { maxPaths: 200, maxFiles: 200, maxBytes: 64 * 1024 * 1024 }

/** A refusal the client sees as the tool's error text. */
export class ScopeError extends Error {}

/** The real path of the folder a server may read, or a ScopeError saying why it is not one. */
export async function realRoot(dir: string, cwd: string): Promise<string> {
  const found = await realFolder(dir, cwd)
  if ('error' in found) throw new ScopeError(found.error)
  return found.path
}

/**
 * The files a call's paths name, each checked to lie (symlinks resolved) under `root`, within the
 * limits; then the paths that named nothing, so that audit() reports them as it does for the CLI.
 * Throws a ScopeError naming the first path that leads out or the limit passed.
 */
export async function scopedPaths(paths: readonly string[], root: string, limits: CallLimits, collect: CollectOptions): Promise<string[]> {
  const { cwd } = collect
  if (paths.length > limits.maxPaths) throw new ScopeError(`check_documents takes at most ${limits.maxPaths} paths in one call, got ${paths.length}`)
  const realCwd = await realRoot('.', cwd)
  for (const path of paths) {
    if (path === '-') throw new ScopeError('"-" (standard input) is not a document here: name files under the server\'s folder')
    // A glob is expanded by a walk of the file system: refuse one that starts outside before walking.
    if (!isWithin(resolve(cwd, path), root) && !isWithin(resolve(realCwd, path), root)) throw outside(path, root)
  }
  const { files, errors } = await collectFiles(paths, collect)
  if (files.length > limits.maxFiles) throw new ScopeError(`check_documents reads at most ${limits.maxFiles} files in one call, these paths name ${files.length}: name fewer`)
  let bytes = 0
  for (const file of files) {
    const place = await realPlace(file, cwd, root)
    // A file that vanished is reported by the read; nothing can be read through it.
    if (!place) continue
    if (!place.inside) throw outside(file, root)
    bytes += place.size
    if (bytes > limits.maxBytes) throw new ScopeError(`check_documents reads at most ${mib(limits.maxBytes)} in one call, these files hold more: name fewer`)
  }
  return [...files, ...errors.map((e) => e.path)]
}

function outside(path: string, root: string): ScopeError {
  return new ScopeError(`${oneLine(path)}: outside the folder this server may read (${oneLine(root)}); name files under it (a symbolic link must point under it too)`)
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`
}
