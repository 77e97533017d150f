import { describe, expect, it } from 'vitest';
import { ApiError } from '@gongkai/spec';
import { decodeCursor, encodeCursor } from './list-cursor';

describe('list cursors', () => {
  it('round-trip the position for the same filters', () => {
    const cursor = encodeCursor(['2026-03-10T01:30:00.000000000Z', 'ln-test:1'], { sort: '-publishedAt', category: 'regulations' });
    expect(decodeCursor(cursor, { category: 'regulations', sort: '-publishedAt' })).toEqual([
      '2026-03-10T01:30:00.000000000Z',
      'ln-test:1',
    ]);
  });

  it('refuse other filters and foreign or damaged tokens with a 400 naming the parameter', () => {
    const cursor = encodeCursor([3, 'x'], { a: 1 });
    for (const bad of [
      () => decodeCursor(cursor, { a: 2 }),
      () => decodeCursor('not-a-cursor', {}),
      () => decodeCursor(Buffer.from('{"v":1,"k":[{},"x"],"f":"y"}').toString('base64url'), {}),
    ]) {
      try {
        bad();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).problem.errors?.[0]?.pointer).toBe('/query/cursor');
      }
    }
  });
});
