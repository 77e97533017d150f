import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '@gongkai/spec';
import { createClient, type GongkaiClient } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';

let sample: SampleGateway;
let client: GongkaiClient;
const urls: URL[] = [];

beforeAll(async () => {
  sample = await startSampleGateway();
  client = createClient({
    baseUrl: sample.base,
    fetch: (input, init) => {
      urls.push(new URL(input instanceof Request ? input.url : String(input)));
      return fetch(input, init);
    },
  });
}, 120_000);

afterAll(() => sample?.close());

describe('query serialisation', () => {
  it('holds one rule for the whole contract: every array parameter is style form, explode false', () => {
    const arrays = [...operations.values()].flatMap((operation) =>
      operation.parameters.filter(
        (parameter) => parameter.in === 'query' && (parameter.schema as { type?: string } | undefined)?.type === 'array',
      ),
    );
    expect(arrays.length).toBeGreaterThan(0);
    for (const parameter of arrays) expect([parameter.name, parameter.style, parameter.explode]).toEqual([parameter.name, 'form', false]);
  });

  it('sends a list as one comma-separated value, which the gateway understands', async () => {
    const page = await client.items.list({ department: ['ln-finance', 'ln-housing'], limit: 100 });
    expect(urls.at(-1)?.search).toContain('department=ln-finance,ln-housing');
    expect(new Set(page.data.map((item) => item.departmentId))).toEqual(new Set(['ln-finance', 'ln-housing']));
    expect(page.meta.departments).toEqual(['ln-finance', 'ln-housing']);
  });

  it('encodes Chinese search text and spaces, and leaves out what is not given', async () => {
    const page = await client.items.list({ q: '住房 公积金', limit: 5, category: undefined });
    expect(urls.at(-1)?.search).toBe(`?q=${encodeURIComponent('住房 公积金')}&limit=5`);
    for (const item of page.data)
      expect(`${item.title}${item.summary ?? ''}${item.keywords?.join('') ?? ''}${item.body ?? ''}`).toMatch(/住房/);
  });

  it('encodes ids in paths', async () => {
    const [item] = (await client.items.list({ limit: 1 })).data;
    await client.items.get(item!.id);
    expect(urls.at(-1)?.pathname).toBe(`/v1/items/${encodeURIComponent(item!.id)}`);
  });
});
