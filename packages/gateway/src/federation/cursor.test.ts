import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CursorError, decodeCursor, encodeCursor, hashFilters, type CursorErrorCode, type FederatedCursor } from './cursor';

const secret = 'test-secret-of-at-least-16-bytes';
const filtersHash = hashFilters({ sort: '-publishedAt', category: 'budget' });

const cursor: FederatedCursor = {
  sort: '-publishedAt',
  filtersHash,
  departments: {
    'ln-finance': { departmentCursor: 'eyJrIjoxfQ', after: ['2026-05-15T09:00:00+08:00', 'ln-finance:2026-000123'], done: false },
    'ln-housing': { departmentCursor: null, after: null, done: false },
    'dl-county': { departmentCursor: null, after: null, done: true },
  },
};

/** Signs any payload the way the gateway does, to build tokens a buggy or older gateway could issue. */
function signedToken(payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');
  return `${body}.${signature}`;
}

function codeOf(attempt: () => unknown): CursorErrorCode | undefined {
  try {
    attempt();
  } catch (error) {
    if (error instanceof CursorError) return error.code;
    throw error;
  }
  return undefined;
}

describe('cursor', () => {
  it('round-trips the position of every department', () => {
    const token = encodeCursor(cursor, secret);
    expect(decodeCursor(token, secret, { filtersHash })).toEqual(cursor);
  });

  it('is URL-safe without escaping', () => {
    expect(encodeCursor(cursor, secret)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('lists finished departments by id only', () => {
    const departments = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`department-${i}`, { departmentCursor: null, after: null, done: true }]),
    );
    const token = encodeCursor({ sort: '-publishedAt', filtersHash, departments }, secret);
    const payload = Buffer.from(token.split('.')[0]!, 'base64url').toString();
    expect(payload).not.toContain('null');
    expect(token.length).toBeLessThan(1_200);
  });

  it('rejects a cursor whose signature was tampered with', () => {
    const [payload, signature] = encodeCursor(cursor, secret).split('.');
    const flipped = (signature![0] === 'A' ? 'B' : 'A') + signature!.slice(1);
    expect(codeOf(() => decodeCursor(`${payload}.${flipped}`, secret, { filtersHash }))).toBe('badSignature');
  });

  it('rejects a cursor whose positions were tampered with', () => {
    const [, signature] = encodeCursor(cursor, secret).split('.');
    const forged = Buffer.from(JSON.stringify({ v: 1, s: '-publishedAt', f: filtersHash, p: {}, d: [] })).toString('base64url');
    expect(codeOf(() => decodeCursor(`${forged}.${signature}`, secret, { filtersHash }))).toBe('badSignature');
  });

  it('rejects a cursor signed with another secret', () => {
    const token = encodeCursor(cursor, 'another-secret-of-16-bytes-or-more');
    expect(codeOf(() => decodeCursor(token, secret, { filtersHash }))).toBe('badSignature');
  });

  it('accepts a cursor signed with a previous secret during a key rotation', () => {
    const token = encodeCursor(cursor, 'previous-secret-of-16-bytes');
    expect(decodeCursor(token, [secret, 'previous-secret-of-16-bytes'], { filtersHash })).toEqual(cursor);
  });

  it('rejects a cursor reused with other filters', () => {
    const token = encodeCursor(cursor, secret);
    const other = hashFilters({ sort: '-publishedAt', category: 'housing' });
    expect(codeOf(() => decodeCursor(token, secret, { filtersHash: other }))).toBe('filtersMismatch');
  });

  it('rejects a cursor reused with another sort when the sort is checked', () => {
    const token = encodeCursor(cursor, secret);
    expect(codeOf(() => decodeCursor(token, secret, { filtersHash, sort: 'publishedAt' }))).toBe('filtersMismatch');
  });

  it('rejects a cursor from another version', () => {
    const token = signedToken({ v: 2, anything: 'new' });
    expect(codeOf(() => decodeCursor(token, secret, { filtersHash }))).toBe('version');
  });

  it('rejects text that is not a cursor', () => {
    for (const token of ['', 'abc', 'a.b.c', 'a b.c', '%%.%%', `${'a'.repeat(20_000)}.b`]) {
      expect(codeOf(() => decodeCursor(token, secret, { filtersHash }))).toBe('malformed');
    }
  });

  it('rejects a correctly signed payload of the wrong shape', () => {
    const token = signedToken({ v: 1, s: '-publishedAt', f: filtersHash, p: { x: ['c', ['2026', 1]] }, d: [] });
    expect(codeOf(() => decodeCursor(token, secret, { filtersHash }))).toBe('malformed');
  });

  it('never throws anything but a CursorError for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (token) => {
        expect(() => decodeCursor(token, secret, { filtersHash })).toThrow(CursorError);
      }),
    );
  });

  it('refuses a secret too short to sign with', () => {
    expect(() => encodeCursor(cursor, 'short')).toThrow(RangeError);
  });
});

describe('hashFilters', () => {
  it('ignores the order of parameters and parameters that are absent', () => {
    expect(hashFilters({ a: '1', b: '2', c: undefined })).toBe(hashFilters({ b: '2', a: '1' }));
  });

  it('tells different filters apart', () => {
    expect(hashFilters({ category: 'a,b' })).not.toBe(hashFilters({ category: ['a', 'b'] }));
    expect(hashFilters({ q: '预算' })).not.toBe(hashFilters({ q: '决算' }));
  });
});
