// Unit: the rendered-document cache stays within its bound and forgets the least recently used entry.
import { LruCache } from '../../server/src/utils/lru-cache';

test('keeps at most maxEntries, dropping the least recently used', () => {
  const cache = new LruCache<string, number>(2);
  cache.set('a', 1);
  cache.set('b', 2);
  expect(cache.get('a')).toBe(1);
  cache.set('c', 3);
  expect(cache.get('b')).toBeUndefined();
  expect(cache.get('a')).toBe(1);
  expect(cache.get('c')).toBe(3);
  expect(cache.size).toBe(2);
});
