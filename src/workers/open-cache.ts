import type { AnalyseOptions } from '../engine/analyse.js'
import { cacheKey, ResultCache } from './cache.js'
import { analysisSettings } from './file-outcome.js'
import { cacheFilePath, readCacheFile, writeCacheFile } from '../io/cache-file.js'

/** The run's cache, loaded from its file, and how to save it back. */
export interface OpenCache {
  store: ResultCache
  /** Writes the cache if it changed; a failure goes to `onWarning`, never stops the run. */
  save(onWarning?: (message: string) => void): Promise<void>
}

/** Loads the cache for a run's settings; a missing, corrupt or outdated file gives an empty cache. */
export async function openCache(options: AnalyseOptions & { cache?: { location?: string }; root?: string }, cwd: string): Promise<OpenCache> {
  const file = await cacheFilePath(options.cache?.location, cwd)
  const store = new ResultCache(cacheKey(analysisSettings(options), cwd, options.root), await readCacheFile(file))
  return {
    store,
    async save(onWarning) {
      if (!store.changed) return
      const problem = await writeCacheFile(file, store.toData())
      if (problem) onWarning?.(problem)
    },
  }
}
