import { describe, expect, it } from 'vitest';
import { backoffMs, serverDelayMs } from './retry-delay';

describe('backoffMs', () => {
  it('waits anything from nothing up to the doubled base (full jitter)', () => {
    expect(backoffMs(1, 300, 10_000, () => 0)).toBe(0);
    expect(backoffMs(1, 300, 10_000, () => 0.9999)).toBe(299);
    expect(backoffMs(3, 300, 10_000, () => 0.9999)).toBe(1199);
  });

  it('never waits longer than the cap', () => {
    expect(backoffMs(20, 300, 10_000, () => 0.9999)).toBe(9999);
  });
});

describe('serverDelayMs', () => {
  it('reads Retry-After in seconds', () => {
    expect(serverDelayMs(new Headers({ 'Retry-After': '3' }))).toBe(3000);
  });

  it('reads Retry-After as an HTTP date', () => {
    const now = Date.parse('2026-05-15T01:00:00Z');
    expect(serverDelayMs(new Headers({ 'Retry-After': 'Fri, 15 May 2026 01:00:05 GMT' }), now)).toBe(5000);
    expect(serverDelayMs(new Headers({ 'Retry-After': 'Fri, 15 May 2026 00:59:00 GMT' }), now)).toBe(0);
  });

  it('falls back to the reset of an exhausted quota in the RateLimit field', () => {
    expect(serverDelayMs(new Headers({ RateLimit: '"anonymous-read";r=0;t=42' }))).toBe(42_000);
    expect(serverDelayMs(new Headers({ RateLimit: '"key";r=5;t=9, "anonymous-read";r=0;t=7' }))).toBe(7000);
  });

  it('ignores a quota that is not exhausted, and headers that say nothing usable', () => {
    expect(serverDelayMs(new Headers({ RateLimit: '"anonymous-read";r=597;t=42' }))).toBeUndefined();
    expect(serverDelayMs(new Headers({ 'Retry-After': 'soon' }))).toBeUndefined();
    expect(serverDelayMs(new Headers())).toBeUndefined();
  });

  it('prefers Retry-After to the RateLimit field', () => {
    expect(serverDelayMs(new Headers({ 'Retry-After': '2', RateLimit: '"anonymous-read";r=0;t=42' }))).toBe(2000);
  });
});
