// @gongkai/department-kit's README example (examples/serve-from-code.ts, copied as it ships) run by a user.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFromCode } from './serve-from-code.js';

export async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-consumer-'));
  const { server, store } = await serveFromCode(join(dir, 'zhangwu.db'), 0);
  try {
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = (await (await fetch(`http://127.0.0.1:${port}/v1/items?limit=1`)).json()) as { data: { departmentId: string }[] };
    assert.equal(answer.data[0]?.departmentId, 'ln-zhangwu');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
