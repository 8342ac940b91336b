import { dirname, isAbsolute, relative, resolve } from 'node:path'
import type { Surroundings } from '../analyse.js'
import { findRepositoryRoot, pathChecker } from './repository.js'

/**
 * What the rules may learn about a document on disk: whether its cited paths exist under the
 * repository root (`root` when given, else the git top level above the document; outside git,
 * the working directory for documents under it, else the document's folder).
 */
export function surroundingsOf(path: string, cwd: string, root?: string): Surroundings {
  const docDir = dirname(resolve(cwd, path))
  const top = root ? resolve(cwd, root) : findRepositoryRoot(docDir) ?? (isInside(docDir, cwd) ? cwd : docDir)
  return { exists: pathChecker(top, docDir), rootGiven: root !== undefined }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
