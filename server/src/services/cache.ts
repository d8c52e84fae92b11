// The public outputs' cache: bounded by entries and bytes, scan-resistant (segmented LRU), emptied by any write, on this instance and on every other one.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { PrivacyPluginConfig } from '../config';
import type { Representation } from '../http/representation';
import { SegmentedLruCache } from '../utils/segmented-lru-cache';

const REVISION_KEY = { type: 'plugin', name: 'privacy', key: 'revision' } as const;

/** A JSON entry also keeps its data (for GraphQL and the admin), about as large again as its bytes. */
const weigh = (entry: Representation): number => entry.bytes.length * (entry.data === undefined ? 1 : 2) + 256;

const createCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  // Segmented: a client reading every valid URL once per cycle churns only probation, never the documents read again.
  const cache = new SegmentedLruCache<string, Representation>({
    maxEntries: config.cacheMaxEntries,
    maxWeight: config.cacheMaxBytes,
    weigh,
  });
  let hits = 0;
  let misses = 0;
  let cachedRevision: unknown = undefined;
  let revisionCheckedAt = 0;

  /**
   * Drops the cache when another instance changed an entry (its revision marker differs). Asked at most once per
   * revisionCheckInterval: in between, a hit costs no query. This instance's own writes drop the cache at once.
   */
  const followOtherInstances = async (): Promise<void> => {
    const now = Date.now();
    if (cachedRevision !== undefined && now - revisionCheckedAt < config.revisionCheckInterval) return;
    revisionCheckedAt = now;
    const current = (await strapi.store.get(REVISION_KEY)) ?? null;
    if (current !== cachedRevision) {
      cache.clear();
      cachedRevision = current;
    }
  };

  return {
    /**
     * Serves from the cache while no entry has changed. Only answers are kept: when `produce` throws (an unknown
     * organization, locale or version: a 4xx), nothing is stored, so requests for documents that do not exist
     * cannot fill the cache or push real documents out.
     */
    async cached(key: string, produce: () => Promise<Representation>): Promise<Representation> {
      await followOtherInstances();
      const hit = cache.get(key);
      if (hit) {
        hits += 1;
        return hit;
      }
      misses += 1;
      const fresh = await produce();
      cache.set(key, fresh);
      return fresh;
    },

    /** Called after any write to the plugin's entries, on whichever instance made it. */
    async invalidate(): Promise<void> {
      const next = crypto.randomUUID();
      await strapi.store.set({ ...REVISION_KEY, value: next });
      cache.clear();
      cachedRevision = next;
      revisionCheckedAt = Date.now();
    },

    /** What the cache holds now (entries, the weight counted against cacheMaxBytes, its segments), and hits and misses since boot. */
    stats: () => ({
      entries: cache.size,
      bytes: cache.weight,
      segments: cache.segments,
      hits,
      misses,
      maxEntries: config.cacheMaxEntries,
      maxBytes: config.cacheMaxBytes,
    }),
  };
};

export type CacheService = ReturnType<typeof createCacheService>;
export default createCacheService;
