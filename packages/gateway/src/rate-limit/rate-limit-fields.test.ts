import { describe, expect, it } from 'vitest';
import { rateLimitField, rateLimitHeaders, rateLimitPolicyField, retryAfterSeconds } from './rate-limit-fields';

describe('RateLimit-Policy', () => {
  it('names the policy as a string with its quota and window', () => {
    expect(rateLimitPolicyField([{ name: 'anon', quota: 600, windowSeconds: 60 }])).toBe('"anon";q=600;w=60');
  });

  it('lists several policies as one structured list', () => {
    const field = rateLimitPolicyField([
      { name: 'burst', quota: 100, windowSeconds: 60 },
      { name: 'daily', quota: 1000, windowSeconds: 86_400 },
    ]);
    expect(field).toBe('"burst";q=100;w=60, "daily";q=1000;w=86400');
  });

  it('escapes quotes and backslashes in policy names', () => {
    expect(rateLimitPolicyField([{ name: 'a"b\\c', quota: 1, windowSeconds: 1 }])).toBe('"a\\"b\\\\c";q=1;w=1');
  });

  it('refuses a policy name a structured field cannot carry', () => {
    expect(() => rateLimitPolicyField([{ name: '匿名', quota: 1, windowSeconds: 1 }])).toThrow(TypeError);
  });
});

describe('RateLimit', () => {
  it('gives the remaining quota and the seconds until it resets', () => {
    expect(rateLimitField([{ name: 'anon', remaining: 599, resetSeconds: 42 }])).toBe('"anon";r=599;t=42');
  });

  it('never sends negative or fractional numbers', () => {
    expect(rateLimitField([{ name: 'anon', remaining: -3, resetSeconds: 4.2 }])).toBe('"anon";r=0;t=5');
  });
});

describe('rateLimitHeaders', () => {
  const decision = { policy: 'anon', limit: 600, windowSeconds: 60, remaining: 599, resetSeconds: 42, allowed: true };

  it('announces the policy and the current limit on an allowed request', () => {
    expect(rateLimitHeaders(decision)).toEqual({ 'RateLimit-Policy': '"anon";q=600;w=60', RateLimit: '"anon";r=599;t=42' });
  });

  it('adds Retry-After, not earlier than the end of the window, on a refused request', () => {
    const headers = rateLimitHeaders({ ...decision, allowed: false, remaining: 0, resetSeconds: 17 });
    expect(headers).toEqual({ 'RateLimit-Policy': '"anon";q=600;w=60', RateLimit: '"anon";r=0;t=17', 'Retry-After': '17' });
  });

  it('never tells a refused client to retry at once', () => {
    expect(retryAfterSeconds({ resetSeconds: 0 })).toBe(1);
  });
});
