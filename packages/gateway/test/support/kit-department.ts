import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ItemInput } from '@gongkai/spec';
import { createDepartmentApp, openSqliteStore, type SqliteStore } from '@gongkai/department-kit';

const TOKEN = 'export-test-staff-token-0123456789';

export interface KitDepartment {
  readonly id: string;
  readonly url: string;
  readonly store: SqliteStore;
  close(): Promise<void>;
}

/** A real department kit on a SQLite file, with `count` items. */
export async function kitDepartment(id: string, count: number, exportPageSize: number): Promise<KitDepartment> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-gw-export-'));
  const store = openSqliteStore(join(dir, 'department.db'));
  const division = { code: '210000', name: '辽宁省' };
  const { app } = createDepartmentApp({
    department: {
      id,
      name: `${id} 测试厅`,
      kind: 'governmentDepartment',
      level: 'provincial',
      division,
      unifiedSocialCreditCode: '11210000000000012X',
      disclosureOffice: {
        name: '政务公开办公室',
        address: '沈阳市',
        officeHours: '工作日',
        phone: '024-22000000',
        acceptedChannels: ['online'],
      },
      guide: { summary: '公开指南。', updatedAt: '2026-01-15T09:00:00+08:00' },
    },
    store,
    adminTokens: [TOKEN],
    exportPageSize,
    log: () => {},
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (let n = 0; n < count; n += 1) {
    const input: ItemInput = {
      id: `${id}:item-${n}`,
      title: `${id} 第${n}号通知`,
      body: `全文 ${n}：住房公积金管理办法。`,
      genre: 'notice',
      category: 'regulations',
      topics: [],
      keywords: [],
      validity: 'valid',
      issuingBody: `${id} 测试厅`,
      division,
      level: 'provincial',
      formedAt: '2025-12-01',
    };
    const created = await fetch(`${url}/v1/admin/items`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    if (created.status !== 201) throw new Error(`could not publish: ${created.status} ${await created.text()}`);
  }
  return {
    id,
    url,
    store,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
