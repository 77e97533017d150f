import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, FeedbackReceipt } from '@gongkai/spec';
import { createDepartmentApp } from '../src/http/create-department-app';
import { storeKinds, type StoreUnderTest } from '../src/store/contract/store-kinds';
import type { DisclosureStore } from '../src/store/disclosure-store';
import type { PostgresStore } from '../src/store/postgres/open-postgres-store';
import type { SqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { department } from './support/fixtures';

const ADMIN = 'staff-token-0123456789abcdef';
const SUBJECT = '关于某小区物业的私人投诉';

/** A department app over `store`, on loopback. */
async function serve(store: DisclosureStore): Promise<{ url: string; close(): Promise<void> }> {
  const { app } = createDepartmentApp({
    department,
    store,
    adminTokens: [ADMIN],
    log: () => {},
    now: () => new Date('2026-05-15T10:20:00+08:00'),
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe.each(storeKinds())('the changes feed after a withdrawal ($name)', (kind) => {
  let opened: StoreUnderTest;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    opened = await kind.open();
    server = await serve(opened.store);
  });
  afterAll(() => server.close());

  const post = (path: string, json: unknown, admin = false) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(admin ? { Authorization: `Bearer ${ADMIN}` } : {}) },
      body: JSON.stringify(json),
    });
  const changes = async (): Promise<Change[]> =>
    ((await (await fetch(`${server.url}/v1/changes?resourceType=feedbackReply&limit=100`)).json()) as { data: Change[] }).data;

  it('keeps no text of a feedback whose publication was withdrawn', async () => {
    const submitted = await post('/v1/feedback', {
      departmentId: department.id,
      kind: 'complaint',
      subject: SUBJECT,
      content: '物业公司长期不处理漏水。',
      submitter: { realName: true, name: '李雷', phone: '13800001111' },
      publishConsent: true,
    });
    expect(submitted.status).toBe(201);
    const { feedbackId } = (await submitted.json()) as FeedbackReceipt;
    const reply = (publish: boolean) =>
      post(`/v1/admin/feedback/${feedbackId}/reply`, { content: '已转物业科处理。', repliedBy: '住房保障处', publish }, true);

    expect((await reply(true)).status).toBe(200);
    expect((await changes()).find((c) => c.resourceId === feedbackId)?.title).toBe(SUBJECT);

    expect((await reply(false)).status).toBe(200);
    const after = (await changes()).filter((c) => c.resourceId === feedbackId);
    expect(after.map((c) => c.action)).toEqual(['created', 'withdrawn']);
    for (const entry of after) expect(entry).not.toHaveProperty('title');
    expect(JSON.stringify(after)).not.toContain(SUBJECT);
  });

  it('clears, on upgrade, the text an older kit left in the entries of withdrawn records', async () => {
    // Puts the subject back as a kit before the fix left it, and forgets that step 2 ran.
    const sql = async (statement: string) => {
      if (kind.name === 'SQLite') (opened.store as SqliteStore).database.exec(statement);
      else await (opened.store as PostgresStore).pool.query(statement);
    };
    // The PostgreSQL kind names the first store's schema contract_1.
    const schema = kind.name === 'SQLite' ? '' : 'contract_1.';
    await sql(`UPDATE ${schema}changes SET title = '${SUBJECT}' WHERE resource_type = 'feedbackReply'`);
    await sql(`DELETE FROM ${schema}schema_migrations WHERE version = 2`);
    expect(JSON.stringify(await changes())).toContain(SUBJECT);

    await opened.sibling({});
    expect(JSON.stringify(await changes())).not.toContain(SUBJECT);
  });
});
