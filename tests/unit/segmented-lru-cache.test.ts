// Unit: the segmented LRU keeps its bounds, behaves as an LRU for a small working set, and a scan cannot evict the entries read twice.
import { LruCache } from '../../server/src/utils/lru-cache';
import { SegmentedLruCache } from '../../server/src/utils/segmented-lru-cache';

const keys = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** The hot set read twice (so it is known to be reused), then `scanned` distinct keys each read once and stored, like a client cycling URLs. */
const hotSetThenScan = (cache: { get(k: string): unknown; set(k: string, v: number): void }, hot: string[], scanned: number) => {
  for (const key of hot) cache.set(key, 1);
  for (const key of hot) cache.get(key);
  for (const key of keys('scan-', scanned)) {
    if (cache.get(key) === undefined) cache.set(key, 1);
  }
  return hot.filter((key) => cache.get(key) !== undefined).length;
};

test('a scan of ten times the cache size leaves every entry of the hot set; a plain LRU loses all of them', () => {
  const hot = keys('hot-', 50);
  expect(hotSetThenScan(new SegmentedLruCache<string, number>({ maxEntries: 100 }), hot, 1000)).toBe(50);
  // The control: the same trace empties a plain LRU of its hot set, which is the cliff the segments remove.
  expect(hotSetThenScan(new LruCache<string, number>({ maxEntries: 100 }), hot, 1000)).toBe(0);
});

/**
 * A warm hot set of 60 keys read once for every two keys a client cycles through 180 (more than the cache holds):
 * between two reads of a hot key, 120 other keys pass. Returns the hot set's hit rate.
 */
const hotRateWhileCycling = (cache: { get(k: string): unknown; set(k: string, v: number): void }): number => {
  const hot = keys('hot-', 60);
  const all = keys('url-', 180);
  for (const key of hot) cache.set(key, 1);
  for (const key of hot) cache.get(key);
  let hotHits = 0;
  let hotReads = 0;
  for (let round = 0; round < 20; round++) {
    for (const [i, key] of all.entries()) {
      if (cache.get(key) === undefined) cache.set(key, 1);
      if (i % 2 === 1) {
        const hotKey = hot[((i - 1) / 2 + round * 90) % hot.length];
        hotReads += 1;
        if (cache.get(hotKey) !== undefined) hotHits += 1;
        else cache.set(hotKey, 1);
      }
    }
  }
  return hotHits / hotReads;
};

test('while a client cycles every key, the warm hot set keeps its hits; a plain LRU loses them', () => {
  const cache = new SegmentedLruCache<string, number>({ maxEntries: 100 });
  expect(hotRateWhileCycling(cache)).toBe(1);
  expect(cache.size).toBe(100);
  expect(cache.segments).toEqual({ probation: 40, protected: 60 });
  // The cycled keys still get a probation slot: a key read again soon after its first read is served.
  cache.set('new', 1);
  expect(cache.get('new')).toBe(1);
  expect(hotRateWhileCycling(new LruCache<string, number>({ maxEntries: 100 }))).toBeLessThan(0.05);
});

test('both bounds hold for the two segments together, and a cooled hot set can be replaced', () => {
  const cache = new SegmentedLruCache<string, string>({ maxEntries: 10, maxWeight: 40, weigh: (value) => value.length });
  for (const key of keys('a', 10)) {
    cache.set(key, 'xxxx');
    cache.get(key);
  }
  expect(cache.size).toBeLessThanOrEqual(10);
  expect(cache.weight).toBeLessThanOrEqual(40);
  expect(cache.segments.protected).toBeLessThanOrEqual(8);
  // A new set read twice takes the protected segment over from the old one.
  for (const key of keys('b', 8)) {
    cache.set(key, 'xxxx');
    cache.get(key);
  }
  expect(keys('b', 8).every((key) => cache.get(key) === 'xxxx')).toBe(true);
  expect(cache.weight).toBeLessThanOrEqual(40);
  cache.set('heavy', 'x'.repeat(41));
  expect(cache.get('heavy')).toBeUndefined();
  cache.clear();
  expect([cache.size, cache.weight, cache.segments]).toEqual([0, 0, { probation: 0, protected: 0 }]);
});

test('replacing a protected entry keeps it protected and counts only its new weight', () => {
  const cache = new SegmentedLruCache<string, string>({ maxEntries: 5, maxWeight: 100, weigh: (value) => value.length });
  cache.set('hot', 'xxxxxx');
  cache.get('hot');
  cache.set('hot', 'xx');
  expect(cache.weight).toBe(2);
  expect(cache.segments).toEqual({ probation: 0, protected: 1 });
  for (const key of keys('scan-', 20)) cache.set(key, 'x');
  expect(cache.get('hot')).toBe('xx');
});

// The plain LRU's own cases, which the segmented cache passes unchanged: for a working set that fits, it is an LRU.
test.each([
  ['LruCache', (maxEntries: number) => new LruCache<string, number>({ maxEntries })],
  ['SegmentedLruCache', (maxEntries: number) => new SegmentedLruCache<string, number>({ maxEntries })],
])('%s keeps at most maxEntries, dropping the least recently used', (_name, make) => {
  const cache = make(2);
  cache.set('a', 1);
  cache.set('b', 2);
  expect(cache.get('a')).toBe(1);
  cache.set('c', 3);
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('a')).toBe(1);
  expect(cache.get('c')).toBe(3);
  expect(cache.size).toBe(2);
});

test('deleteWhere drops the matching entries of both segments, and a dropped protected entry is not demoted to probation', () => {
  const cache = new SegmentedLruCache<string, number>({ maxEntries: 10, maxWeight: 1000, weigh: () => 10 });
  for (const key of ['a|1', 'a|2', 'b|1', 'b|2']) cache.set(key, 1);
  cache.get('a|1');
  cache.get('b|1');
  expect(cache.segments).toEqual({ probation: 2, protected: 2 });
  expect(cache.deleteWhere((key) => key.startsWith('a|'))).toBe(2);
  expect(cache.get('a|1')).toBeUndefined();
  expect(cache.get('a|2')).toBeUndefined();
  expect(cache.get('b|1')).toBe(1);
  expect(cache.get('b|2')).toBe(1);
  expect(cache.size).toBe(2);
  expect(cache.weight).toBe(20);
});
