// A bounded map that forgets the least recently used entry first, so rendered documents never grow memory without limit: the lru-cache package, with the plugin's bounds.
import { LRUCache } from 'lru-cache';

export interface LruLimits<V> {
  /** At most this many entries. */
  maxEntries: number;
  /** At most this total weight (bytes, with `weigh`); an entry heavier than the whole budget is not kept at all. */
  maxWeight?: number;
  weigh?: (value: V) => number;
}

/** What lru-cache can hold: it refuses undefined and null as keys and values. */
export type Storable = NonNullable<unknown>;

/**
 * lru-cache's options for these bounds: `max` entries and, with a weight budget, its size-based eviction (`maxSize`
 * and `sizeCalculation`; `maxEntrySize` defaults to `maxSize`, so an entry over the whole budget is not stored).
 * lru-cache counts sizes in positive integers: a weight is rounded up, and weighs at least 1.
 */
export const lruOptions = <K extends Storable, V extends Storable>(
  limits: LruLimits<V>,
  extra: Pick<LRUCache.Options<K, V, unknown>, 'dispose'> = {}
): LRUCache.Options<K, V, unknown> => {
  const { maxEntries, maxWeight, weigh } = limits;
  const sized = maxWeight !== undefined && weigh !== undefined;
  return {
    max: maxEntries,
    ...(sized ? { maxSize: Math.max(1, Math.floor(maxWeight)), sizeCalculation: (value: V) => weightOf(weigh, value) } : {}),
    ...extra,
  };
};

export const weightOf = <V>(weigh: ((value: V) => number) | undefined, value: V): number =>
  weigh ? Math.max(1, Math.ceil(weigh(value))) : 0;

export class LruCache<K extends Storable, V extends Storable> {
  private readonly cache: LRUCache<K, V, unknown>;

  constructor(limits: LruLimits<V>) {
    this.cache = new LRUCache<K, V, unknown>(lruOptions<K, V>(limits));
  }

  get(key: K): V | undefined {
    return this.cache.get(key);
  }

  /** Keeps `value` unless it alone exceeds the weight budget; then drops the oldest entries until both limits hold. */
  set(key: K, value: V): void {
    this.cache.set(key, value);
  }

  clear(): void {
    this.cache.clear();
  }

  get size(): number {
    return this.cache.size;
  }

  /** The sum of the kept entries' weights (0 without a weight budget: lru-cache then counts no sizes). */
  get weight(): number {
    return this.cache.calculatedSize ?? 0;
  }
}
