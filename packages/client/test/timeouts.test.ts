import { afterEach, describe, expect, it } from 'vitest';
import { createClient, isTimeoutError, type RetryEvent } from '@gongkai/client';
import { startStallingServer, type StallingServer } from './support/stalling-server';

// Timeouts and aborts against loopback servers that take a request and never finish answering.

let server: StallingServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('timeoutMs', () => {
  it('ends an attempt that gets no answer, retries it, then throws a TimeoutError', async () => {
    server = await startStallingServer('headers');
    const events: RetryEvent[] = [];
    const client = createClient({
      baseUrl: server.url,
      timeoutMs: 200,
      retry: { retries: 1, baseDelayMs: 1, onRetry: (e) => events.push(e) },
    });
    const error = await client.departments.list().catch((caught: unknown) => caught);
    expect(isTimeoutError(error) && error.timeoutMs).toBe(200);
    expect(server.requests()).toBe(2);
    expect(events.map((event) => isTimeoutError(event.reason))).toEqual([true]);
  });

  it('covers the body too: an answer that stalls half-way is a timeout', async () => {
    server = await startStallingServer('body');
    const client = createClient({ baseUrl: server.url, timeoutMs: 200, retry: false });
    const error = await client.items.list().catch((caught: unknown) => caught);
    expect(isTimeoutError(error)).toBe(true);
  });

  it('can be set per call', async () => {
    server = await startStallingServer('headers');
    const client = createClient({ baseUrl: server.url, timeoutMs: 60_000, retry: false });
    const error = await client.items.get('ln-finance:x', { timeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(isTimeoutError(error) && error.timeoutMs).toBe(100);
  });
});

describe('AbortSignal', () => {
  it('ends a call at once with the AbortError, and it is not retried', async () => {
    server = await startStallingServer('headers');
    const controller = new AbortController();
    const client = createClient({ baseUrl: server.url });
    const pending = client.items.list({}, { signal: controller.signal });
    await server.received(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests()).toBe(1);
  });

  it('ends the wait before a retry', async () => {
    server = await startStallingServer('headers');
    const controller = new AbortController();
    const client = createClient({
      baseUrl: server.url,
      timeoutMs: 50,
      retry: { baseDelayMs: 60_000, maxDelayMs: 60_000, budgetMs: 600_000, onRetry: () => controller.abort() },
    });
    await expect(client.departments.list({ signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it("the client's own signal ends every call of the client", async () => {
    server = await startStallingServer('headers');
    const controller = new AbortController();
    const client = createClient({ baseUrl: server.url, signal: controller.signal });
    const calls = [client.items.list(), client.fees.list(), client.departments.list()];
    await server.received(3);
    controller.abort();
    for (const call of calls) await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('ends a stream that is being read', async () => {
    server = await startStallingServer('body');
    const controller = new AbortController();
    const client = createClient({ baseUrl: server.url });
    const stream = await client.fees.listCsv({}, { as: 'stream', signal: controller.signal });
    const reader = stream.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"data": [');
    const next = reader.read();
    controller.abort();
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
  });
});
