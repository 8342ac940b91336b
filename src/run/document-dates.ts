import { resolve } from 'node:path'
import { frontMatterDate, statedDate } from '../model/document-date.js'
import type { DocumentDateInfo } from '../contract/result.js'
import type { DatedDocument, RunDocument } from '../model/run-document.js'
import { findRepositoryRoot, lastCommitDates } from '../io/repository.js'

/** A document with its date and where the date comes from. */
export interface Dated {
  dated: DatedDocument
  info: DocumentDateInfo
}

/**
 * Dates every document: its own date line, else its front matter, else its last git commit,
 * else its modification time. Returns them oldest first (ties keep the order given).
 * A single document needs no date to compare with: it gets only the date it states, and no git call.
 */
export async function datedDocuments(results: readonly { result: { document: RunDocument }; mtime?: Date }[], cwd: string): Promise<Dated[]> {
  const infos: (DocumentDateInfo | undefined)[] = []
  let parse: ((text: string) => unknown) | undefined
  for (const { result } of results) {
    const doc = result.document
    let info = statedDate(doc)
    if (!info && doc.frontMatter !== undefined) {
      parse ??= await frontMatterParser()
      info = frontMatterDate(parse(doc.frontMatter))
    }
    infos.push(info)
  }
  if (results.length < 2) {
    return results.flatMap(({ result }, i) => {
      const info = infos[i]
      return info ? [{ dated: { doc: result.document, date: info.value, dateSource: describe(info) }, info }] : []
    })
  }
  const needGit = results.filter((_r, i) => infos[i] === undefined).map((r) => resolve(cwd, r.result.document.path))
  const byRoot = new Map<string, string[]>()
  for (const file of needGit) {
    const root = findRepositoryRoot(resolve(file, '..'))
    if (root) byRoot.set(root, [...(byRoot.get(root) ?? []), file])
  }
  const commits = new Map<string, string>()
  for (const [root, files] of byRoot) for (const [f, d] of await lastCommitDates(files, root)) commits.set(f, d)
  const dated = results.map(({ result, mtime }, i) => {
    const commit = commits.get(resolve(cwd, result.document.path))
    const info: DocumentDateInfo = infos[i] ?? (commit ? { value: commit, source: 'git' } : { value: (mtime ?? new Date(0)).toISOString(), source: 'mtime' })
    return { dated: { doc: result.document, date: info.value, dateSource: describe(info) }, info, order: i }
  })
  return dated.sort((a, b) => compareDates(a.info.value, b.info.value) || a.order - b.order).map(({ dated: d, info }) => ({ dated: d, info }))
}

/**
 * Reads YAML front matter into plain data; front matter that is not valid YAML, or uses too
 * many aliases, gives `undefined` (the document is dated another way). Other errors are thrown.
 */
async function frontMatterParser(): Promise<(text: string) => unknown> {
  // Bundled, a CommonJS package arrives as the default export; unbundled, Node also gives named ones.
  const mod: typeof import('yaml') & { default?: typeof import('yaml') } = await import('yaml')
  const { parseDocument } = mod.default ?? mod
  return (text) => {
    const doc = parseDocument(text, { logLevel: 'silent' })
    if (doc.errors.length > 0) return undefined
    try {
      return doc.toJS({ maxAliasCount: 50 })
    } catch (error) {
      // yaml throws a ReferenceError for an alias it cannot resolve or too many of them.
      if (error instanceof ReferenceError) return undefined
      throw error
    }
  }
}

/** Orders a plain date (YYYY-MM-DD, taken as the start of that day) and timestamps. */
function compareDates(a: string, b: string): number {
  const t = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)
  return t(a) - t(b)
}

function describe(info: DocumentDateInfo): string {
  if (info.source === 'stated') return `line ${info.line}`
  return { 'front-matter': 'front matter', git: 'last commit', mtime: 'modified' }[info.source]
}
