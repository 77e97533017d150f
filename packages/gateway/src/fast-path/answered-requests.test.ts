import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AnsweredRequests } from './answered-requests';

function request(url: string): IncomingMessage {
  return { method: 'GET', url, headers: { host: 'gateway.example', accept: 'application/json' } } as IncomingMessage;
}

describe('the answered requests the fast path remembers', () => {
  it('are bounded by bytes, not only by count: 10 000 long URLs do not all stay', () => {
    const answered = new AnsweredRequests((req) => `http://${req.headers.host}`);
    const urls = Array.from({ length: 10_000 }, (_, i) => `/v1/items?q=${'%E5%85%AC'.repeat(400)}${i}`);
    for (const url of urls) answered.remember(request(url), { cacheKey: `list:listItems:json:${url}`, operationId: 'listItems' });
    const kept = urls.filter((url) => answered.lookup(request(url))).length;
    expect(kept).toBeGreaterThan(0);
    // Key and cache key are about 15 KB on the heap each time: 4 MiB holds a few hundred.
    expect(kept).toBeLessThan(1000);
    expect(answered.lookup(request(urls.at(-1)!))).toEqual({ cacheKey: `list:listItems:json:${urls.at(-1)}`, operationId: 'listItems' });
    expect(answered.lookup(request(urls[0]!))).toBeUndefined();
  });
});
