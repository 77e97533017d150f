import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleGateway, type SampleGateway } from '../test-support/sample-gateway';
import { searchItems } from './search-items';

let sample: SampleGateway;
let base: string;

beforeAll(async () => {
  sample = await startSampleGateway();
  base = sample.base;
}, 120_000);

afterAll(() => sample?.close());

describe('examples/node-client/search-items.ts', () => {
  it('finds every item about 预算 across the departments, each once', async () => {
    const items = [];
    for await (const item of searchItems(base, { q: '预算', limit: '7' })) items.push(item);
    expect(items.length).toBeGreaterThan(7);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.departmentId)).size).toBeGreaterThan(1);
  });

  it('turns a problem answer into an error that says what was wrong', async () => {
    const walk = searchItems(base, { category: 'secrets' });
    await expect(walk.next()).rejects.toThrow('The request has invalid fields: /query/category: must be one of');
  });
});
