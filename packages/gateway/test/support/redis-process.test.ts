import { createConnection, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PortTakenError, RedisProcess } from './redis-process';

describe('RedisProcess (the test helper)', () => {
  const servers: Server[] = [];
  const redises: RedisProcess[] = [];

  afterEach(async () => {
    await Promise.all(redises.splice(0).map((redis) => redis.stop()));
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('says the port was taken instead of handing out a port another server answers on', async () => {
    // Something else listens on the port: a readiness probe would have been answered by it.
    const other = createServer((socket) => socket.end());
    servers.push(other);
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };

    const redis = new RedisProcess(port);
    redises.push(redis);
    const started = redis.restart();
    await expect(started).rejects.toBeInstanceOf(PortTakenError);
    await expect(started).rejects.toThrow(`port ${port} was taken`);
  });

  it('starts a server of its own that answers PING, and again on the same port after a stop', async () => {
    const redis = await RedisProcess.start();
    redises.push(redis);
    expect(await ping(redis.port)).toBe('+PONG');
    await redis.stop();
    await redis.restart();
    expect(await ping(redis.port)).toBe('+PONG');
  });
});

async function ping(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => {
      resolve(chunk.toString().trim());
      socket.end();
    });
    socket.once('error', reject);
  });
}
