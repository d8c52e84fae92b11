// A bounded map that forgets the least recently used entry first, so rendered documents never grow memory without limit.
export interface LruLimits<V> {
  /** At most this many entries. */
  maxEntries: number;
  /** At most this total weight (bytes, with `weigh`); an entry heavier than the whole budget is not kept at all. */
  maxWeight?: number;
  weigh?: (value: V) => number;
}

export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(private readonly limits: LruLimits<V>) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value` unless it alone exceeds the weight budget; then drops the oldest entries until both limits hold. */
  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.limits.weigh?.(value) ?? 0;
    if (this.limits.maxWeight !== undefined && weight > this.limits.maxWeight) return;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    const { maxEntries, maxWeight = Infinity } = this.limits;
    while (this.entries.size > maxEntries || this.totalWeight > maxWeight) {
      this.delete(this.entries.keys().next().value as K);
    }
  }

  private delete(key: K): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The sum of the kept entries' weights. */
  get weight(): number {
    return this.totalWeight;
  }
}
