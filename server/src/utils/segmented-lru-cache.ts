// A bounded map that a scan cannot flush: new entries wait in a probation segment, entries read again move to a protected one.
import type { LruLimits } from './lru-cache';

interface Entry<V> {
  value: V;
  weight: number;
}

/** One segment: a Map in least-recently-used-first order, with its total weight. */
class Segment<K, V> {
  readonly entries = new Map<K, Entry<V>>();
  weight = 0;

  add(key: K, entry: Entry<V>): void {
    this.entries.set(key, entry);
    this.weight += entry.weight;
  }

  take(key: K): Entry<V> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.weight -= entry.weight;
    return entry;
  }

  oldest(): K | undefined {
    return this.entries.keys().next().value;
  }

  clear(): void {
    this.entries.clear();
    this.weight = 0;
  }
}

export interface SegmentedLruLimits<V> extends LruLimits<V> {
  /** The share of both bounds the protected segment may fill (0.8: a scan can churn at most a fifth of the cache). */
  protectedShare?: number;
}

/**
 * Segmented LRU (SLRU). A new entry goes to probation; read again while there, it is promoted to protected. Evictions
 * take probation's least recently used entry first, so a client reading each of many URLs once (a crawler, or
 * someone cycling every valid URL to thrash the cache) only ever churns probation while the entries read twice —
 * the hot set — stay. When protected outgrows its share, its least recently used entry goes back to probation, so a
 * hot set that cools down can still be replaced. Both bounds (entries and weight) hold for the two segments together.
 */
export class SegmentedLruCache<K, V> {
  private readonly probation = new Segment<K, V>();
  private readonly protectedSegment = new Segment<K, V>();
  private readonly maxProtectedEntries: number;
  private readonly maxProtectedWeight: number;

  constructor(private readonly limits: SegmentedLruLimits<V>) {
    const share = limits.protectedShare ?? 0.8;
    this.maxProtectedEntries = Math.floor(limits.maxEntries * share);
    this.maxProtectedWeight = (limits.maxWeight ?? Infinity) * share;
  }

  get(key: K): V | undefined {
    const hot = this.protectedSegment.take(key);
    if (hot !== undefined) {
      this.protectedSegment.add(key, hot);
      return hot.value;
    }
    const entry = this.probation.take(key);
    if (entry === undefined) return undefined;
    this.protectedSegment.add(key, entry);
    this.demoteOverflow();
    return entry.value;
  }

  /** Keeps `value` unless it alone exceeds the weight budget; a replaced protected entry stays protected. */
  set(key: K, value: V): void {
    const wasProtected = this.protectedSegment.take(key) !== undefined;
    this.probation.take(key);
    const weight = this.limits.weigh?.(value) ?? 0;
    if (this.limits.maxWeight !== undefined && weight > this.limits.maxWeight) return;
    (wasProtected ? this.protectedSegment : this.probation).add(key, { value, weight });
    if (wasProtected) this.demoteOverflow();
    const { maxEntries, maxWeight = Infinity } = this.limits;
    while (this.size > maxEntries || this.weight > maxWeight) {
      const segment = this.probation.entries.size > 0 ? this.probation : this.protectedSegment;
      segment.take(segment.oldest() as K);
    }
  }

  /** Protected beyond its share: its least recently used entries become the most recent of probation. */
  private demoteOverflow(): void {
    while (
      this.protectedSegment.entries.size > 0 &&
      (this.protectedSegment.entries.size > this.maxProtectedEntries || this.protectedSegment.weight > this.maxProtectedWeight)
    ) {
      const key = this.protectedSegment.oldest() as K;
      this.probation.add(key, this.protectedSegment.take(key) as Entry<V>);
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
      for (const key of [...segment.entries.keys()]) {
        if (!matches(key)) continue;
        segment.take(key);
        removed += 1;
      }
    }
    return removed;
  }

  get size(): number {
    return this.probation.entries.size + this.protectedSegment.entries.size;
  }

  /** The sum of the kept entries' weights. */
  get weight(): number {
    return this.probation.weight + this.protectedSegment.weight;
  }

  /** How many entries each segment holds (for the benchmark and the tests). */
  get segments(): { probation: number; protected: number } {
    return { probation: this.probation.entries.size, protected: this.protectedSegment.entries.size };
  }
}
