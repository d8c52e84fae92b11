// A bounded map that a scan cannot flush: new entries wait in a probation segment, entries read again move to a protected one.
import { LRUCache } from 'lru-cache';
import { lruOptions, weightOf, type LruLimits, type Storable } from './lru-cache';

export interface SegmentedLruLimits<V> extends LruLimits<V> {
  /** The share of both bounds the protected segment may fill (0.8: a scan can churn at most a fifth of the cache). */
  protectedShare?: number;
}

/**
 * Segmented LRU (SLRU), two lru-cache instances. A new entry goes to probation; read again while there, it is
 * promoted to protected. Evictions take probation's least recently used entry first, so a client reading each of many
 * URLs once (a crawler, or someone cycling every valid URL to thrash the cache) only ever churns probation while the
 * entries read twice — the hot set — stay. When protected outgrows its share, lru-cache evicts its least recently
 * used entry, which goes back to probation as its most recent (the `dispose` hook), so a hot set that cools down can
 * still be replaced. Both bounds (entries and weight) hold for the two segments together.
 */
export class SegmentedLruCache<K extends Storable, V extends Storable> {
  private readonly probation: LRUCache<K, V, unknown>;
  private readonly protectedSegment: LRUCache<K, V, unknown>;
  private readonly maxProtectedWeight: number;

  constructor(private readonly limits: SegmentedLruLimits<V>) {
    const share = limits.protectedShare ?? 0.8;
    this.maxProtectedWeight = (limits.maxWeight ?? Infinity) * share;
    this.probation = new LRUCache<K, V, unknown>(lruOptions<K, V>(limits));
    // lru-cache needs at least one entry and one unit of weight: a protected share that rounds to 0 keeps 1.
    const protectedLimits: LruLimits<V> = {
      ...limits,
      maxEntries: Math.max(1, Math.floor(limits.maxEntries * share)),
      maxWeight: limits.maxWeight === undefined ? undefined : Math.max(1, Math.floor(this.maxProtectedWeight)),
    };
    this.protectedSegment = new LRUCache<K, V, unknown>(
      lruOptions<K, V>(protectedLimits, {
        // Only an eviction demotes; a delete (a replaced entry, clear()) drops.
        dispose: (value, key, reason) => {
          if (reason === 'evict') this.probation.set(key, value);
        },
      })
    );
  }

  get(key: K): V | undefined {
    if (this.protectedSegment.has(key)) return this.protectedSegment.get(key);
    const value = this.probation.get(key);
    if (value === undefined) return undefined;
    this.probation.delete(key);
    // Heavier than protected's whole share: it stays the most recent entry of probation, as a demotion would leave it.
    if (weightOf(this.limits.weigh, value) > this.maxProtectedWeight) this.probation.set(key, value);
    else this.protectedSegment.set(key, value);
    return value;
  }

  /** Keeps `value` unless it alone exceeds the weight budget; a replaced protected entry stays protected. */
  set(key: K, value: V): void {
    const wasProtected = this.protectedSegment.delete(key);
    this.probation.delete(key);
    const weight = weightOf(this.limits.weigh, value);
    if (this.limits.maxWeight !== undefined && weight > this.limits.maxWeight) return;
    if (wasProtected && weight <= this.maxProtectedWeight) this.protectedSegment.set(key, value);
    else this.probation.set(key, value);
    const { maxEntries, maxWeight = Infinity } = this.limits;
    while (this.size > maxEntries || this.weight > maxWeight) {
      const segment = this.probation.size > 0 ? this.probation : this.protectedSegment;
      // delete, not pop: an entry dropped for the shared bounds leaves the cache, it is not demoted.
      segment.delete(segment.rkeys().next().value as K);
    }
  }

  clear(): void {
    this.probation.clear();
    this.protectedSegment.clear();
  }

  /** Removes every entry whose key matches, from both segments; returns how many went. */
  deleteWhere(matches: (key: K) => boolean): number {
    let removed = 0;
    for (const segment of [this.probation, this.protectedSegment]) {
      // delete, not evict: a dropped protected entry leaves the cache rather than going back to probation.
      for (const key of [...segment.keys()]) {
        if (!matches(key)) continue;
        segment.delete(key);
        removed += 1;
      }
    }
    return removed;
  }

  get size(): number {
    return this.probation.size + this.protectedSegment.size;
  }

  /** The sum of the kept entries' weights (0 without a weight budget: lru-cache then counts no sizes). */
  get weight(): number {
    return (this.probation.calculatedSize ?? 0) + (this.protectedSegment.calculatedSize ?? 0);
  }

  /** How many entries each segment holds (for the benchmark and the tests). */
  get segments(): { probation: number; protected: number } {
    return { probation: this.probation.size, protected: this.protectedSegment.size };
  }
}
