import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, type Change, type ItemInput } from '@gongkai/spec';
import { createClient, createTransport, type ChangeFeed, type GongkaiClient } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';

// The changes feed through a real gateway in front of the six sample departments. The truth is
// each department's own feed, read from the department with the same client.

const ADMIN_TOKEN = 'client-tests-admin-token-0002';
let sample: SampleGateway;
let client: GongkaiClient;

beforeAll(async () => {
  sample = await startSampleGateway({ adminTokens: [ADMIN_TOKEN] });
  client = createClient({ baseUrl: sample.base });
}, 120_000);

afterAll(() => sample?.close());

async function collect(feed: ChangeFeed): Promise<Change[]> {
  const changes: Change[] = [];
  for await (const change of feed) changes.push(change);
  return changes;
}

async function changesOfEveryDepartment(): Promise<string[]> {
  const all = await Promise.all(
    sample.departments.map(async (department) =>
      (await collect(createClient({ baseUrl: department.url }).changes.follow())).map((c) => c.id),
    ),
  );
  return all.flat().sort();
}

describe('changes.follow', () => {
  it.each([5, 50, 100])('walks the feed from the beginning, every change once, %i per page', async (limit) => {
    const truth = await changesOfEveryDepartment();
    expect(truth.length).toBeGreaterThan(100);
    const feed = client.changes.follow({ limit });
    const changes = await collect(feed);
    expect(changes.map((change) => change.id).sort()).toEqual(truth);
    expect(feed.cursor).toBeTruthy();
  });

  it('resumes from a stored cursor: nothing skipped, at most the rest of one page repeated', async () => {
    const everything = (await collect(client.changes.follow({ limit: 7 }))).map((change) => change.id);
    const feed = client.changes.follow({ limit: 7 });
    const handled: string[] = [];
    let stored: string | undefined;
    let coveredByStored = 0;
    for await (const change of feed) {
      handled.push(change.id);
      if (feed.cursor !== stored) [stored, coveredByStored] = [feed.cursor, handled.length];
      if (handled.length === 17) break; // a crash in the middle of the third page
    }
    expect(coveredByStored).toBe(14);
    const rest = (await collect(client.changes.follow({ since: stored!, limit: 7 }))).map((change) => change.id);
    expect([...handled.slice(0, coveredByStored), ...rest]).toEqual(everything);
    expect(rest.slice(0, 3)).toEqual(handled.slice(14));
  });

  it('keeps following with pollIntervalMs, yields a change made while it waits, and stops when aborted', async () => {
    const caughtUp = client.changes.follow();
    await collect(caughtUp);
    const controller = new AbortController();
    const feed = client.changes.follow({ since: caughtUp.cursor!, pollIntervalMs: 20, signal: controller.signal });
    const iterator = feed[Symbol.asyncIterator]();
    const next = iterator.next();

    const finance = sample.departments.find((d) => d.department.id === 'ln-finance')!;
    const input = (openApiDocument.components.examples as Record<string, { value: ItemInput }>)['ItemInput']!.value;
    const { data: created } = await createTransport({ baseUrl: finance.url }).api.POST('/v1/admin/items', {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: input,
    });
    expect(created?.id).toMatch(/^ln-finance:/);

    const change = (await next).value as Change;
    expect(change).toMatchObject({ resourceId: created!.id, action: 'created', resourceType: 'item' });
    const waiting = iterator.next();
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
