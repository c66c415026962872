/**
 * @module analysis-cache
 * The analysis of a version, serialized and gzipped once, kept in a small LRU. Versions never change once
 * written, so an entry never goes stale and a second instance without it simply computes it again: a
 * cache, not state. `analyze` takes tens of milliseconds and the JSON is about 40 kB; serving a cached
 * entry costs a map lookup and a 6 kB write.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { analyze, type VenturePlan } from '@avp/core'

export interface CachedAnalysis {
  readonly json: string
  readonly gzip: Uint8Array
  /** A strong ETag from the content, so every instance (and every release) agrees on it. */
  readonly etag: string
}

export interface AnalysisCache {
  /** The analysis as JSON text (and gzipped); `load` supplies the plan on a miss. */
  readonly get: (key: string, load: () => Promise<VenturePlan>) => Promise<CachedAnalysis>
  /** Shorthand for `(await get(key, load)).json`. */
  readonly json: (key: string, load: () => Promise<VenturePlan>) => Promise<string>
}

/**
 * @example
 * const cache = createAnalysisCache(64)
 * await cache.json('venture-id#3', async () => plan) // analyzed once, then served from memory
 */
export function createAnalysisCache(capacity = 128): AnalysisCache {
  const entries = new Map<string, CachedAnalysis>()
  const get = async (key: string, load: () => Promise<VenturePlan>): Promise<CachedAnalysis> => {
    const hit = entries.get(key)
    if (hit !== undefined) {
      // Re-insert to mark as most recently used (Map keeps insertion order).
      entries.delete(key)
      entries.set(key, hit)
      return hit
    }
    const json = JSON.stringify(analyze(await load()))
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"`
    const entry = { json, gzip: new Uint8Array(gzipSync(json)), etag }
    entries.set(key, entry)
    if (entries.size > capacity) entries.delete(entries.keys().next().value as string)
    return entry
  }
  return { get, json: async (key, load) => (await get(key, load)).json }
}
