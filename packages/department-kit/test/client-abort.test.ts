import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startDepartment, type TestDepartment } from './support/department-server';

describe('a client that aborts its upload', () => {
  let server: TestDepartment | undefined;
  afterAll(() => server?.close());

  it('is noted as a client abort, not logged as a failure', async () => {
    // The first thing the department logs settles it: a failure (log) or a client's mishap (warn).
    let noted!: (entry: { kind: 'failure' | 'warning'; message: string }) => void;
    const first = new Promise<{ kind: 'failure' | 'warning'; message: string }>((resolve) => (noted = resolve));
    server = await startDepartment({
      log: (message) => noted({ kind: 'failure', message }),
      warn: (message) => noted({ kind: 'warning', message }),
    });
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST /v1/feedback HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"kind":`,
        () => socket.destroy(),
      );
    });
    socket.on('error', () => {});
    const entry = await first;
    expect(entry.kind).toBe('warning');
    expect(entry.message).toMatch(/^POST \/v1\/feedback: the client (aborted the upload|went away)/);
  });
});
