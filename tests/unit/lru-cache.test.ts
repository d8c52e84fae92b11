// Unit: the rendered-document cache stays within its bounds and forgets the least recently used entry.
import { LruCache } from '../../server/src/utils/lru-cache';

test('keeps at most maxEntries, dropping the least recently used', () => {
  const cache = new LruCache<string, number>({ maxEntries: 2 });
  cache.set('a', 1);
  cache.set('b', 2);
  expect(cache.get('a')).toBe(1);
  cache.set('c', 3);
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('a')).toBe(1);
  expect(cache.get('c')).toBe(3);
  expect(cache.size).toBe(2);
});

describe('with a weight budget', () => {
  const cacheOf = (maxWeight: number) => new LruCache<string, string>({ maxEntries: 100, maxWeight, weigh: (value) => value.length });

  test('drops the least recently used entries until the total weight fits', () => {
    const cache = cacheOf(10);
    cache.set('a', 'xxxx');
    cache.set('b', 'xxxx');
    cache.get('a');
    cache.set('c', 'xxxx');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('xxxx');
    expect(cache.get('c')).toBe('xxxx');
    expect(cache.weight).toBe(8);
    cache.set('d', 'xxxxxxxxx');
    expect(cache.size).toBe(1);
    expect(cache.weight).toBe(9);
  });

  test('replacing an entry counts only its new weight; an entry over the whole budget is not kept and evicts nothing', () => {
    const cache = cacheOf(10);
    cache.set('a', 'xxxxxx');
    cache.set('a', 'xx');
    expect(cache.weight).toBe(2);
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBe('xx');
    cache.clear();
    expect([cache.size, cache.weight]).toEqual([0, 0]);
  });
});
