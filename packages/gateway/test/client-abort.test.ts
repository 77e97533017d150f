import { connect } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

/** A POST whose client announces 1000 bytes, sends a few and goes away. */
function abortedUpload(url: string, path: string): void {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname, () => {
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"departmentId":"ln-a",`,
      () => socket.destroy(),
    );
  });
  socket.on('error', () => {});
}

describe('a client that aborts its upload', () => {
  it('is logged as a client abort (warn), not as an unhandled error', async () => {
    // The first warning or error the gateway logs settles it.
    let noted!: (entry: { level: number; msg: string }) => void;
    const firstNotice = new Promise<{ level: number; msg: string }>((resolve) => (noted = resolve));
    const lines = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          const entry = JSON.parse(line) as { level: number; msg: string };
          if (entry.level >= 40) noted(entry);
        }
        done();
      },
    });
    departments = [await new LoopbackDepartment({ id: 'ln-a' }).start()];
    running = await startGateway(departments, {}, {}, { logger: pino({ level: 'warn' }, lines) });
    abortedUpload(running.url, '/v1/feedback');
    const entry = await firstNotice;
    expect(entry).toMatchObject({ level: 40, msg: 'client aborted the upload' });
    expect(departments[0]!.calls).toEqual([]);
  });
});
