import { createHash } from 'node:crypto'
import type { AnalyseOptions } from '../engine/analyse.js'
import { SCHEMA_VERSION, VERSION } from '../contract/version.js'
import type { FileOutcome } from './file-outcome.js'

/** The layout of the cache file's data; bumped when it changes, which empties old caches. */
const FORMAT = 3

/** What the cache keeps per file: the content hash it was made from, where it was, and the outcome. */
export interface CacheEntry {
  /** SHA-1 of the file's bytes. */
  hash: string
  /** The file's size and modification time, used only to guess which files changed (see `likelyMiss`). */
  size: number
  mtimeMs: number
  /** The outcome: findings, report entry, cross-document facts, cited-path lookups. */
  outcome: FileOutcome
}

/** The cache file's contents. */
export interface CacheData {
  format: typeof FORMAT
  /** Hash of the tool version and the settings every result depends on (see `cacheKey`). */
  key: string
  /** By absolute path. */
  entries: Record<string, CacheEntry>
}

/**
 * The key every cached result depends on besides the file: tool version, JSON contract version,
 * the analysis settings from the resolved config and flags, the working directory (paths in
 * findings are relative to it) and --root. A different key empties the cache, as ESLint does.
 */
export function cacheKey(options: AnalyseOptions, cwd: string, root: string | undefined): string {
  return createHash('sha1').update(stableJson({ FORMAT, VERSION, SCHEMA_VERSION, options, cwd, root: root ?? null })).digest('hex')
}

/** Per-file results kept between runs, keyed by path and checked against the content hash. */
export class ResultCache {
  private readonly entries: Map<string, CacheEntry>
  /** Whether anything was added or dropped since it was loaded. */
  changed = false

  /** Starts from loaded data (anything unreadable, or made for another key, is ignored). */
  constructor(readonly key: string, data?: unknown) {
    this.entries = new Map(isCacheData(data) && data.key === key ? Object.entries(data.entries) : [])
    if (data !== undefined && this.entries.size === 0) this.changed = true
  }

  /** Whether a file's size or modification time differs from its entry's (a guess, before reading it). */
  likelyMiss(file: string, size: number, mtimeMs: number): boolean {
    const entry = this.entries.get(file)
    return entry === undefined || entry.size !== size || entry.mtimeMs !== mtimeMs
  }

  /**
   * The cached outcome for a file's bytes, if its content hash, its path as reported and its
   * repository root are the same, and every cited path it looked up still exists or not as before.
   */
  get(file: string, hash: string, path: string, root: string, exists: (path: string, rooted: boolean) => boolean | undefined): FileOutcome | undefined {
    const entry = this.entries.get(file)
    if (!entry || entry.hash !== hash || entry.outcome.entry.path !== path || entry.outcome.root !== root) return undefined
    if (entry.outcome.checks.some(([cited, rooted, found]) => exists(cited, rooted) !== found)) return undefined
    return entry.outcome
  }

  /** Records a file's outcome. */
  set(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry)
    this.changed = true
  }

  /** The data to write. */
  toData(): CacheData {
    return { format: FORMAT, key: this.key, entries: Object.fromEntries(this.entries) }
  }
}

function isCacheData(data: unknown): data is CacheData {
  if (data === null || typeof data !== 'object') return false
  const d = data as Partial<CacheData>
  return d.format === FORMAT && typeof d.key === 'string' && d.entries !== null && typeof d.entries === 'object' &&
    Object.values(d.entries).every(isEntry)
}

function isEntry(entry: unknown): entry is CacheEntry {
  const e = entry as Partial<CacheEntry> | null
  const o = e?.outcome as Partial<FileOutcome> | undefined
  return typeof e?.hash === 'string' && typeof e.size === 'number' && typeof e.mtimeMs === 'number' &&
    o !== undefined && Array.isArray(o.findings) && Array.isArray(o.checks) && Array.isArray(o.errors) && typeof o.root === 'string' &&
    typeof o.entry?.path === 'string' && typeof o.facts?.path === 'string' && Array.isArray(o.facts.items)
}

/** JSON with object keys sorted, so that equal settings give equal keys. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v)
}
