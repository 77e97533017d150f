import { describe, expect, it } from 'vitest';
import { memoryEtagCache, type CachedAnswer } from './etag-cache';

const answer = (etag: string, bytes: number): CachedAnswer => ({ etag, body: new ArrayBuffer(bytes), headers: {} });

describe('memoryEtagCache', () => {
  it('gives back what it keeps', () => {
    const cache = memoryEtagCache();
    cache.set('a', answer('"1"', 10));
    expect(cache.get('a')?.etag).toBe('"1"');
    expect(cache.get('b')).toBeUndefined();
  });

  it('forgets the least recently used answers past its byte budget', () => {
    const cache = memoryEtagCache(100);
    cache.set('a', answer('"a"', 40));
    cache.set('b', answer('"b"', 40));
    cache.get('a'); // a is now the most recently used
    cache.set('c', answer('"c"', 40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.etag).toBe('"a"');
    expect(cache.get('c')?.etag).toBe('"c"');
  });

  it('replaces an answer without counting its old bytes twice', () => {
    const cache = memoryEtagCache(100);
    cache.set('a', answer('"1"', 60));
    cache.set('a', answer('"2"', 60));
    cache.set('b', answer('"b"', 40));
    expect(cache.get('a')?.etag).toBe('"2"');
    expect(cache.get('b')?.etag).toBe('"b"');
  });

  it('does not keep an answer larger than the whole budget', () => {
    const cache = memoryEtagCache(100);
    cache.set('a', answer('"a"', 101));
    expect(cache.get('a')).toBeUndefined();
  });
});
