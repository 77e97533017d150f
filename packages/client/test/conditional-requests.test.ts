import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, memoryEtagCache, type GongkaiClient } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';

// The optional ETag cache against a real gateway: what the client sent and what it got back are
// recorded on the wire, below the client.

interface Exchange {
  readonly url: string;
  readonly ifNoneMatch: string | null;
  readonly status: number;
  readonly etag: string | null;
}

let sample: SampleGateway;
const exchanges: Exchange[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  const request = input instanceof Request ? input : new Request(input, init);
  const response = await fetch(input, init);
  exchanges.push({
    url: request.url,
    ifNoneMatch: request.headers.get('if-none-match'),
    status: response.status,
    etag: response.headers.get('etag'),
  });
  return response;
};

beforeAll(async () => {
  sample = await startSampleGateway();
}, 120_000);

afterAll(() => sample?.close());

function cachingClient(): GongkaiClient {
  return createClient({ baseUrl: sample.base, cache: true, fetch: recordingFetch });
}

describe('the ETag cache', () => {
  it('revalidates with If-None-Match and gives the kept body back on 304', async () => {
    const client = cachingClient();
    const first = await client.items.list({ department: ['ln-ndrc'], limit: 5 });
    const second = await client.items.list({ department: ['ln-ndrc'], limit: 5 });
    const [a, b] = exchanges.slice(-2);
    expect(a).toMatchObject({ ifNoneMatch: null, status: 200 });
    expect(b).toMatchObject({ ifNoneMatch: a!.etag, status: 304 });
    expect(second).toEqual(first);
  });

  it('keeps each representation apart (JSON and CSV of the same URL)', async () => {
    const client = cachingClient();
    const json = await client.fees.list({ limit: 3 });
    const csv = await client.fees.listCsv({ limit: 3 });
    expect(await client.fees.listCsv({ limit: 3 })).toBe(csv);
    expect(await client.fees.list({ limit: 3 })).toEqual(json);
    expect(exchanges.slice(-2).map((exchange) => exchange.status)).toEqual([304, 304]);
  });

  it('never keeps an answer read with an access token', async () => {
    const client = cachingClient();
    const receipt = await client.requests.submit({
      departmentId: 'ln-ndrc',
      description: '申请公开2026年度重点项目清单。',
      form: 'electronic',
      delivery: 'email',
      applicant: {
        type: 'naturalPerson',
        name: '王芳',
        identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
        contact: { email: 'wangfang@example.org' },
      },
    });
    await client.requests.status(receipt.trackingNumber, receipt.accessToken);
    await client.requests.status(receipt.trackingNumber, receipt.accessToken);
    expect(exchanges.at(-1)).toMatchObject({ ifNoneMatch: null, status: 200 });
  });

  it('is off unless asked for, and takes a cache of your own', async () => {
    await createClient({ baseUrl: sample.base, fetch: recordingFetch }).departments.list();
    await createClient({ baseUrl: sample.base, fetch: recordingFetch }).departments.list();
    expect(exchanges.at(-1)?.ifNoneMatch).toBeNull();

    const cache = memoryEtagCache(1024 * 1024);
    await createClient({ baseUrl: sample.base, fetch: recordingFetch, cache }).departments.get('ln-housing');
    const department = await createClient({ baseUrl: sample.base, fetch: recordingFetch, cache }).departments.get('ln-housing');
    expect(exchanges.at(-1)?.status).toBe(304);
    expect(department.id).toBe('ln-housing');
  });
});
