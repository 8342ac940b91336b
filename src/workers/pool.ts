import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Tinypool from 'tinypool'
import type { FileError } from '../contract/result.js'
import type { FileOutcome, FileTask } from './file-outcome.js'

/** Worker threads that analyse files: run a task, then destroy the pool. */
export interface Pool {
  run(task: FileTask): Promise<FileOutcome | FileError>
  destroy(): Promise<void>
}

/**
 * The bundled worker (dist/chunks/analyse-worker.js), beside this chunk. Run from the sources
 * (tests under vitest) there is none, and undefined makes the caller analyse in the main thread.
 */
export function workerFile(): string | undefined {
  for (const candidate of ['./analyse-worker.js', './chunks/analyse-worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}

/**
 * The young generation of each worker's heap. A document's parse makes many objects that live
 * as long as the document (events, the tree, the model); with V8's default young generation
 * they survive a few scavenges and are copied into the old one, to be marked and compacted
 * later. Room for a whole document's garbage lets it die young: on 120 files of the bench corpus
 * with two workers, CPU went from 15.3 s to 12.3 s and peak memory from 320 to 580 MB (48 MB
 * gained nothing; 192 MB no more than 128).
 */
const YOUNG_GENERATION_MB = 128

/** A pool of `threads` workers, or undefined when the worker file is missing. */
export function createPool(threads: number): Pool | undefined {
  const filename = workerFile()
  if (!filename) return undefined
  const pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
  return {
    run(task) {
      // Hand the bytes over rather than copying them; a Buffer from the shared pool is copied first.
      const own = task.bytes.byteOffset === 0 && task.bytes.byteLength === task.bytes.buffer.byteLength ? task.bytes : new Uint8Array(task.bytes)
      return pool.run({ ...task, bytes: own }, { transferList: [own.buffer as ArrayBuffer] }) as Promise<FileOutcome | FileError>
    },
    destroy: () => pool.destroy(),
  }
}
