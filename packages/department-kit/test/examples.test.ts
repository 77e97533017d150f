import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveFromCode } from '../examples/serve-from-code';
import { temporaryDirectory } from './support/fixtures';

describe('README examples', () => {
  it('serves a department from code', async () => {
    const dir = temporaryDirectory();
    const { server, store } = await serveFromCode(join(dir.path, 'zhangwu.db'), 0);
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const answer = (await (await fetch(`http://127.0.0.1:${port}/v1/items?q=${encodeURIComponent('彰武')}&limit=1`)).json()) as {
        data: { departmentId: string }[];
      };
      expect(answer.data[0]?.departmentId).toBe('ln-zhangwu');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      dir.remove();
    }
  });
});
