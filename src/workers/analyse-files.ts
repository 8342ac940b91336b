import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { dirname, resolve } from 'node:path'
import type { AnalyseOptions } from '../engine/analyse.js'
import type { ResultCache } from './cache.js'
import { readSource } from '../io/read-source.js'
import type { FileError } from '../contract/result.js'
import type { Pool } from './pool.js'
import { rootFor } from '../io/surroundings.js'
import { analyseFile, recordingChecker, type FileOutcome, type FileTask } from './file-outcome.js'
import { shareStrings } from './share-strings.js'

/** How many worker threads analyse files: 'auto' decides from the work, 'off' or 1 uses none. */
export type Concurrency = number | 'auto' | 'off'

/** Below this much to parse, worker threads cost more to start than they save. */
const WORKER_MIN_BYTES = 2 * 1024 * 1024

/** How files are analysed and what is reported on the way. */
export interface AnalyseFilesOptions {
  cwd: string
  root?: string
  options: AnalyseOptions
  concurrency?: Concurrency
  cache?: ResultCache
  /** Files larger than this many bytes are skipped with a message (see io/read-source.ts). */
  maxFileSize?: number
  /** Called after each file; `done` of `total` files are finished. */
  onProgress?: (done: number, total: number, path: string) => void
}

/** A file's outcome and when the file was last modified. */
export interface Analysed {
  outcome: FileOutcome
  mtime?: Date
}

/** A document to analyse: a file to read, or bytes already read (standard input). */
export type Input = { path: string } | { path: string; bytes: Uint8Array }

/**
 * Reads and analyses documents, in the main thread or in worker threads, using the cache when
 * given. Outcomes come back in input order whatever finishes first, and only outcomes are kept:
 * a file's bytes and model are dropped once it is done, and at most a few files per thread are
 * read ahead.
 */
export async function analyseFiles(inputs: readonly Input[], o: AnalyseFilesOptions): Promise<{ analysed: Analysed[]; errors: FileError[] }> {
  const slots: (Analysed | FileError | undefined)[] = new Array(inputs.length)
  const sizes = await Promise.all(inputs.map((input) => ('bytes' in input ? { size: input.bytes.length, mtimeMs: 0 } : stat(resolve(o.cwd, input.path)).catch(() => undefined))))
  const cache = o.cache
  // Files whose size and time match their cache entry are most likely hits: only the rest count as work.
  const work = inputs.reduce((sum, input, i) => {
    const info = sizes[i]
    return !info ? sum : !cache || 'bytes' in input || cache.likelyMiss(resolve(o.cwd, input.path), info.size, info.mtimeMs) ? sum + info.size : sum
  }, 0)
  const threads = threadCount(o.concurrency ?? 'auto', work, inputs.length)
  // tinypool loads only when threads are used.
  const pool = threads > 1 ? (await import('./pool.js')).createPool(threads) : undefined
  // Threads asked for by number must run: a missing worker script is a broken install, not a fallback.
  if (threads > 1 && !pool && typeof o.concurrency === 'number') throw new Error('the worker script (dist/chunks/analyse-worker.js) is missing; run with --concurrency off')
  const roots = new Map<string, string>()
  const strings = new Map<string, string>()
  let done = 0
  const one = async (i: number) => {
    const input = inputs[i]!
    const source = 'bytes' in input ? input : await readSource(input.path, o.cwd, o.maxFileSize === undefined ? {} : { maxFileSize: o.maxFileSize })
    if ('error' in source) {
      slots[i] = { path: source.path, message: source.error }
    } else {
      const outcome = await outcomeOf(source, sizes[i]?.mtimeMs ?? 0, 'bytes' in input, pool, { roots, strings }, o)
      const mtime = 'mtime' in source ? (source.mtime as Date | undefined) : undefined
      slots[i] = 'message' in outcome ? outcome : { outcome, ...(mtime ? { mtime } : {}) }
    }
    o.onProgress?.(++done, inputs.length, input.path)
  }
  try {
    let next = 0
    const lane = async () => { while (next < inputs.length) await one(next++) }
    await Promise.all(Array.from({ length: pool ? threads * 3 : 1 }, lane))
  } finally {
    await pool?.destroy()
  }
  const analysed: Analysed[] = []
  const errors: FileError[] = []
  for (const slot of slots) {
    if (slot && 'outcome' in slot) {
      analysed.push(slot)
      errors.push(...slot.outcome.errors)
    } else if (slot) {
      errors.push(slot)
    }
  }
  return { analysed, errors }
}

/** One document's outcome: from the cache when it is still right, else analysed here or in a worker. */
async function outcomeOf(
  source: { path: string; bytes: Uint8Array },
  mtimeMs: number,
  fromStdin: boolean,
  pool: Pool | undefined,
  { roots, strings }: { roots: Map<string, string>; strings: Map<string, string> },
  o: AnalyseFilesOptions,
): Promise<FileOutcome | FileError> {
  const file = resolve(o.cwd, source.path)
  const cache = fromStdin ? undefined : o.cache
  const hash = cache ? createHash('sha1').update(source.bytes).digest('hex') : ''
  if (cache) {
    const dir = dirname(file)
    let root = roots.get(dir)
    if (root === undefined) roots.set(dir, (root = rootFor(source.path, o.cwd, o.root)))
    const hit = cache.get(file, hash, source.path, root, recordingChecker(root, dir).exists)
    if (hit) return hit
  }
  const size = source.bytes.length
  // Taken over by the worker, when there is one: the bytes must not be read after this.
  const task: FileTask = { path: source.path, bytes: source.bytes, cwd: o.cwd, ...(o.root !== undefined ? { root: o.root } : {}), options: o.options }
  // An outcome kept for every file of a run: from a worker, its many copies of one string become one.
  const outcome = pool ? shareStrings(await pool.run(task), strings) : analyseFile(task)
  if (cache && !('message' in outcome)) cache.set(file, { hash, size, mtimeMs, outcome })
  return outcome
}

/** Worker threads to use: none for little work or on one core, else one per core (or as many as asked). */
function threadCount(concurrency: Concurrency, bytes: number, files: number): number {
  if (concurrency === 'off') return 1
  if (concurrency === 'auto') return bytes >= WORKER_MIN_BYTES && files >= 4 ? Math.min(availableParallelism(), files) : 1
  return Math.max(1, Math.min(concurrency, files))
}
