import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { FormatContext } from './types.js'

/**
 * A result path relative to the repository root (`ctx.root`, else `ctx.cwd`), with `/`
 * separators: what SARIF, GitHub annotations and GitLab expect. A path outside the root
 * keeps its `../` steps rather than turning absolute. `<stdin>` stays as it is.
 */
export function rootRelative(path: string, ctx: Pick<FormatContext, 'cwd' | 'root'>): string {
  if (path === '<stdin>') return path
  const rel = relative(ctx.root ?? ctx.cwd, resolve(ctx.cwd, path))
  return (rel === '' ? '.' : rel).split(sep).join('/')
}

/** A result path as a person reads it: relative to cwd when it is absolute and under cwd, else as given. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path
  const rel = relative(cwd, path)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel
}
