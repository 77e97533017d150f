// @gongkai/conformance's README example ("From code") run by a user, against a department the
// department kit serves from the installed tarballs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformance } from '@gongkai/conformance';
import { serveFromCode } from './serve-from-code.js';

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-consumer-'));
  const { server, store } = await serveFromCode(join(dir, 'zhangwu.db'), 0);
  try {
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const report = await runConformance({ baseUrl: `http://127.0.0.1:${port}`, allowWrites: false, only: ['lists'] });
    assert.ok(report.results.length > 0, 'the lists checks ran');
    assert.ok(report.conforming, `the department kit conforms: ${JSON.stringify(report.results.filter((r) => r.status === 'failed'))}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
