import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, type RequestSubmission } from '@gongkai/spec';
import { createClient, isNetworkError, isProblemError, type GongkaiClient, type RetryEvent } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';

// Retries against real servers: the sample departments, a gateway in front of them, and a proxy
// between the two (or between the client and a department) that fails what a test asks.

const submission = (openApiDocument.components.examples as Record<string, { value: RequestSubmission }>)['RequestSubmission']!.value;

let sample: SampleGateway;
let finance: FaultProxy;

beforeAll(async () => {
  sample = await startSampleGateway({
    route: async (department) => {
      if (department.department.id !== 'ln-finance') return department.url;
      finance = await startFaultProxy(department.url);
      return finance.url;
    },
  });
}, 120_000);

afterAll(async () => {
  await sample?.close();
  await finance?.close();
});

function retried(): { events: RetryEvent[]; client: (baseUrl: string) => GongkaiClient } {
  const events: RetryEvent[] = [];
  return { events, client: (baseUrl) => createClient({ baseUrl, retry: { baseDelayMs: 10, onRetry: (event) => events.push(event) } }) };
}

async function someFinanceItemIds(count: number): Promise<string[]> {
  const page = await createClient({ baseUrl: sample.base }).items.list({ department: ['ln-finance'], limit: 100 });
  return page.data.slice(-count).map((item) => item.id);
}

describe('a department answering 503 with Retry-After', () => {
  it('is asked again after the time it named, and the call succeeds', async () => {
    const [id] = await someFinanceItemIds(3);
    const department = sample.departments.find((d) => d.department.id === 'ln-finance')!;
    const proxy = await startFaultProxy(department.url);
    try {
      proxy.fail(2, { mode: 'refuse', status: 503, headers: { 'Retry-After': '1' } });
      const { events, client } = retried();
      const item = await client(proxy.url).items.get(id!);
      expect(item.id).toBe(id);
      expect(events.map((event) => event.reason)).toEqual([503, 503]);
      for (const event of events) expect(event.delayMs).toBeGreaterThanOrEqual(1000);
      expect(proxy.seen.filter((request) => request.fault)).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });

  it('behind the gateway is a 502 for that resource, retried with backoff until it answers', async () => {
    const [id] = await someFinanceItemIds(1);
    finance.fail(1, {
      mode: 'refuse',
      status: 503,
      headers: { 'Retry-After': '1' },
      match: new RegExp(`^/v1/items/${encodeURIComponent(id!)}`),
    });
    const { events, client } = retried();
    const item = await client(sample.base).items.get(id!);
    expect(item.id).toBe(id);
    expect(events.map((event) => event.reason)).toEqual([502]);
  });

  it('gives up at the time budget with the last problem, saying when to come back', async () => {
    const [id] = await someFinanceItemIds(2);
    const department = sample.departments.find((d) => d.department.id === 'ln-finance')!;
    const proxy = await startFaultProxy(department.url);
    try {
      proxy.fail(1, { mode: 'refuse', status: 503, headers: { 'Retry-After': '30' } });
      const events: RetryEvent[] = [];
      const client = createClient({ baseUrl: proxy.url, retry: { budgetMs: 5000, onRetry: (event) => events.push(event) } });
      const error = await client.items.get(id!).catch((caught: unknown) => caught);
      expect(isProblemError(error) && [error.status, error.retryAfterSeconds]).toEqual([503, 30]);
      expect(events).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe('a gateway answering 429', () => {
  let limited: SampleGateway;

  beforeAll(async () => {
    limited = await startSampleGateway({ env: { GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '2/1' } });
  }, 120_000);

  afterAll(() => limited?.close());

  it('is asked again once the quota window the answer names has passed', async () => {
    const { events, client } = retried();
    const gongkai = client(limited.base);
    const pages = [];
    for (const limit of [1, 2, 3, 4]) pages.push(await gongkai.items.list({ limit }));
    expect(pages.map((page) => page.data.length)).toEqual([1, 2, 3, 4]);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.reason).toBe(429);
      expect(event.delayMs).toBeGreaterThanOrEqual(1000);
    }
  });

  it('without retries is a ProblemError with the problem, the Retry-After and the quota named', async () => {
    const client = createClient({ baseUrl: limited.base, retry: false });
    const errors = await Promise.all([1, 2, 3].map((limit) => client.items.list({ limit }).catch((caught: unknown) => caught)));
    const refused = errors.find(isProblemError);
    expect(refused?.status).toBe(429);
    expect(refused?.type).toBe('urn:gongkai:problem:rate-limited');
    expect(refused?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });
});

describe('writes', () => {
  it('retries a disclosure request with one Idempotency-Key and files it once', async () => {
    const { events, client } = retried();
    // The department records the request, but its answer is lost on the way back.
    finance.fail(1, { mode: 'swallow', status: 502, match: /^\/v1\/requests$/ });
    const before = finance.seen.length;
    const receipt = await client(sample.base).requests.submit(submission);
    const posts = finance.seen.slice(before).filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(posts[1]!.headers['idempotency-key']).toBe(posts[0]!.headers['idempotency-key']);
    expect(events.map((event) => event.reason)).toEqual([502]);
    // The first answer, replayed: the request the department recorded from the first attempt.
    const tracked = await client(sample.base).requests.status(receipt.trackingNumber, receipt.accessToken);
    expect(tracked.trackingNumber).toBe(receipt.trackingNumber);
  });

  it('sends a fresh key with every submit, and the key given when there is one', async () => {
    const client = createClient({ baseUrl: sample.base });
    const before = finance.seen.length;
    await client.requests.submit(submission);
    await client.requests.submit(submission);
    await client.requests.submit(submission, { idempotencyKey: 'my-own-key-0001' });
    const keys = finance.seen.slice(before).map((request) => request.headers['idempotency-key']);
    expect(new Set(keys.slice(0, 2)).size).toBe(2);
    expect(keys[2]).toBe('my-own-key-0001');
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    const { events, client } = retried();
    finance.fail(1, { mode: 'refuse', status: 503, match: /\/rating$/ });
    const feedback = await createClient({ baseUrl: sample.base }).feedback.list({ department: ['ln-finance'], limit: 1 });
    const error = await client(sample.base)
      .feedback.rate(feedback.data[0]!.id, 'gk_fb_not-a-real-token', { level: 5 })
      .catch((caught: unknown) => caught);
    expect(isProblemError(error) && error.status).toBe(502);
    expect(events).toEqual([]);
  });
});

describe('network errors', () => {
  it('are retried, then thrown as a NetworkError with the cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const events: RetryEvent[] = [];
    const client = createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { retries: 2, baseDelayMs: 1, onRetry: (e) => events.push(e) },
    });
    const error = await client.departments.list().catch((caught: unknown) => caught);
    expect(isNetworkError(error)).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(events).toHaveLength(2);
    for (const event of events) expect(isNetworkError(event.reason)).toBe(true);
  });
});
