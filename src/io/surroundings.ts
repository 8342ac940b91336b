import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { findRepositoryRoot, pathChecker } from './repository.js'

/**
 * What the rules may learn about a document on disk: whether its cited paths exist under the
 * repository root (`root` when given, else the git top level above the document; outside git,
 * the working directory for documents under it, else the document's folder).
 */
export function surroundingsOf(path: string, cwd: string, root?: string): { exists: ReturnType<typeof pathChecker>; rootGiven: boolean } {
  return { exists: pathChecker(rootFor(path, cwd, root), dirname(resolve(cwd, path))), rootGiven: root !== undefined }
}

/** The repository root a document's cited paths are checked under (see surroundingsOf). */
export function rootFor(path: string, cwd: string, root: string | undefined): string {
  const docDir = dirname(resolve(cwd, path))
  return root ? resolve(cwd, root) : findRepositoryRoot(docDir) ?? (isInside(docDir, cwd) ? cwd : docDir)
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
