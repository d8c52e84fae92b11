// The public outputs' cache: bounded by entries and bytes, scan-resistant (segmented LRU); a write drops the answers of the
// organizations it can change, on this instance and on every other one.
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { PrivacyPluginConfig } from '../config';
import type { Representation } from '../http/representation';
import { SegmentedLruCache } from '../utils/segmented-lru-cache';

const REVISION_KEY = { type: 'plugin', name: 'privacy', key: 'revision' } as const;
/**
 * One revision marker per organization beside the global one, in Strapi's core store:
 * `plugin_privacy_revision:<marker>`, where the marker is a hash of the slug (a slug may be 255 characters long,
 * and so is the store's key column).
 */
const STORE_PREFIX = 'plugin_privacy_revision';
const CORE_STORE = 'strapi::core-store';
const markerOf = (slug: string): string => crypto.createHash('sha256').update(slug).digest('hex').slice(0, 32);

/**
 * The scope an answer belongs to is the organization the request named. An answer for no organization (the only one
 * there is) is scoped to '', which every invalidation drops: publishing a second organization changes what it means.
 */
const scopedKey = (scope: string, key: string): string => `${scope}\u0000${key}`;
const scopeOf = (key: string): string => key.slice(0, key.indexOf('\u0000'));
/** Whether a cached key belongs to one of these organizations (by slug) or to none. */
const inScopes = (slugs: ReadonlySet<string>) => (key: string) => {
  const scope = scopeOf(key);
  return scope === '' || slugs.has(scope);
};
/** The same, for organizations known by their markers (what other instances' writes leave in the store). */
const inMarkedScopes = (markers: ReadonlySet<string>) => (key: string) => {
  const scope = scopeOf(key);
  return scope === '' || markers.has(markerOf(scope));
};

interface RevisionRow {
  key: string;
  value: string | null;
}

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
  /** The markers as this instance last saw them, by store key (undefined before the first look). */
  let knownRevisions: Map<string, string | null> | undefined;
  let revisionCheckedAt = 0;

  const drop = (organizations: readonly string[] | undefined): void => {
    if (organizations === undefined) cache.clear();
    else cache.deleteWhere(inScopes(new Set(organizations)));
  };

  const readRevisions = async (): Promise<Map<string, string | null>> => {
    const rows = (await strapi.db
      .query(CORE_STORE as never)
      .findMany({ where: { key: { $startsWith: STORE_PREFIX } }, select: ['key', 'value'] })) as RevisionRow[];
    // LIKE treats the prefix's underscores as wildcards: keep the exact keys only.
    const ours = rows.filter((row) => row.key === STORE_PREFIX || row.key.startsWith(`${STORE_PREFIX}:`));
    return new Map(ours.map((row) => [row.key, row.value]));
  };

  /**
   * Drops what another instance's writes changed: everything when its global marker moved, else the answers of each
   * organization whose marker moved. Asked at most once per revisionCheckInterval (one query for all the markers): in
   * between, a hit costs no query. This instance's own writes drop their answers at once.
   */
  const followOtherInstances = async (): Promise<void> => {
    const now = Date.now();
    if (knownRevisions !== undefined && now - revisionCheckedAt < config.revisionCheckInterval) return;
    revisionCheckedAt = now;
    const current = await readRevisions();
    const previous = knownRevisions;
    knownRevisions = current;
    if (previous === undefined) return;
    if (current.get(STORE_PREFIX) !== previous.get(STORE_PREFIX)) return cache.clear();
    const moved = [...current].filter(([key, value]) => key !== STORE_PREFIX && previous.get(key) !== value);
    if (moved.length) cache.deleteWhere(inMarkedScopes(new Set(moved.map(([key]) => key.slice(STORE_PREFIX.length + 1)))));
  };

  return {
    /**
     * Serves from the cache while no entry has changed. Only answers are kept: when `produce` throws (an unknown
     * organization, locale or version: a 4xx), nothing is stored, so requests for documents that do not exist
     * cannot fill the cache or push real documents out.
     */
    async cached(organization: string | undefined, key: string, produce: () => Promise<Representation>): Promise<Representation> {
      await followOtherInstances();
      const stored = scopedKey(organization ?? '', key);
      const hit = cache.get(stored);
      if (hit) {
        hits += 1;
        return hit;
      }
      misses += 1;
      const fresh = await produce();
      cache.set(stored, fresh);
      return fresh;
    },

    /**
     * Called after a write to the plugin's entries, on whichever instance made it: with the organizations the write can
     * change (their answers go, here at once and on the other instances at their next check), or with none to drop
     * everything everywhere.
     */
    async invalidate(organizations?: readonly string[]): Promise<void> {
      const keys = organizations === undefined ? [undefined] : [...new Set(organizations)];
      for (const slug of keys) {
        const next = crypto.randomUUID();
        await strapi.store.set(
          slug === undefined ? { ...REVISION_KEY, value: next } : { ...REVISION_KEY, key: `revision:${markerOf(slug)}`, value: next }
        );
        knownRevisions?.set(slug === undefined ? STORE_PREFIX : `${STORE_PREFIX}:${markerOf(slug)}`, JSON.stringify(next));
      }
      drop(organizations);
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
