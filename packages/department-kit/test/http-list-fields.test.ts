import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { createDepartmentApp } from '../src/http/create-department-app';
import { storeKinds } from '../src/store/contract/store-kinds';
import { department, makeItem } from './support/fixtures';

interface ListBody {
  data: Array<Partial<DisclosureItem>>;
  links: { next?: string };
}

describe.each(storeKinds())('field selection and bodies on item lists over HTTP ($name store)', (kind) => {
  let base: string;
  let server: Server;
  const stored = Array.from({ length: 9 }, (_, i) =>
    makeItem({ title: `通知${i}`, body: `第${i}号文件的全文。`, publishedAt: `2026-03-0${i + 1}T09:00:00+08:00` }),
  );

  beforeAll(async () => {
    const { store } = await kind.open();
    for (const item of stored) await store.items.create(item, { action: 'created', at: item.publishedAt });
    const { app } = createDepartmentApp({
      department,
      adminTokens: [],
      log: () => {},
      store,
      now: () => new Date('2026-03-20T09:00:00+08:00'),
    });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function walk(query: string): Promise<Array<Partial<DisclosureItem>>> {
    const records: Array<Partial<DisclosureItem>> = [];
    let path: string | undefined = `/v1/items?${query}`;
    while (path) {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(200);
      const body = (await response.json()) as ListBody;
      records.push(...body.data);
      path = body.links.next;
    }
    return records;
  }

  const newestFirst = [...stored].reverse();

  it('leaves bodies out by default and gives them with include=body, at several page sizes', async () => {
    expect((await walk('limit=4')).every((item) => item.body === undefined)).toBe(true);
    for (const limit of [1, 4, 100]) {
      const records = await walk(`limit=${limit}&include=body`);
      expect(records.map((item) => [item.id, item.body])).toEqual(newestFirst.map((item) => [item.id, item.body]));
    }
  });

  it('answers only the fields asked, and id, at several page sizes', async () => {
    for (const limit of [2, 100]) {
      const records = await walk(`limit=${limit}&fields=title,publishedAt`);
      expect(records).toEqual(newestFirst.map((item) => ({ id: item.id, title: item.title, publishedAt: item.publishedAt })));
    }
    expect(await walk('fields=body&limit=3')).toEqual(newestFirst.map((item) => ({ id: item.id, body: item.body })));
  });

  it('refuses a field the item does not have, naming fields', async () => {
    const response = await fetch(`${base}/v1/items?fields=title,colour`);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ pointer: string; message: string }> };
    expect(problem.errors[0]).toMatchObject({ pointer: '/query/fields' });
    expect(problem.errors[0]!.message).toContain('colour');
  });
});
