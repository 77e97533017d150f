import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { createDepartmentApp, type DepartmentAppOptions } from '../../src/http/create-department-app';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { department, temporaryDirectory } from './fixtures';

export const ADMIN_TOKEN = 'staff-token-0123456789abcdef';

export interface TestDepartment {
  readonly url: string;
  readonly store: SqliteStore;
  /** Moves the department's clock. */
  setNow(instant: string): void;
  /** `fetch` against the department, with the staff token when `admin`. */
  request(path: string, init?: RequestInit & { admin?: boolean; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/** A department on a real SQLite file in a temporary directory, listening on loopback. */
export async function startDepartment(
  options: Partial<Omit<DepartmentAppOptions, 'store' | 'now'>> & { now?: string } = {},
): Promise<TestDepartment> {
  const dir = temporaryDirectory();
  const store = openSqliteStore(join(dir.path, 'department.db'));
  let now = new Date(options.now ?? '2026-05-11T10:12:00+08:00');
  const { now: _start, ...appOptions } = options;
  const { app } = createDepartmentApp({
    department,
    adminTokens: [ADMIN_TOKEN],
    log: () => {},
    ...appOptions,
    store,
    now: () => now,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    setNow(instant) {
      now = new Date(instant);
    },
    request(path, init = {}) {
      const { admin, json, headers, ...rest } = init;
      const allHeaders = new Headers(headers);
      if (admin) allHeaders.set('Authorization', `Bearer ${ADMIN_TOKEN}`);
      if (json !== undefined) allHeaders.set('Content-Type', 'application/json');
      return fetch(`${url}${path}`, {
        ...rest,
        headers: allHeaders,
        ...(json !== undefined ? { body: JSON.stringify(json), method: rest.method ?? 'POST' } : {}),
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      dir.remove();
    },
  };
}
