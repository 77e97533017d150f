/**
 * A loopback server that takes requests and then stalls: it never answers (`headers`), or sends
 * the headers and the start of a body and never the rest (`body`). For timeouts and aborts.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingServer {
  readonly url: string;
  /** How many requests it took. */
  readonly requests: () => number;
  /** Resolves when it has taken `count` requests in all. */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startStallingServer(stall: 'headers' | 'body'): Promise<StallingServer> {
  let taken = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  const open: ServerResponse[] = [];
  const server = createServer((req, res) => {
    taken++;
    open.push(res);
    req.resume();
    if (stall === 'body') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
    }
    for (const wait of waiting.filter((w) => taken >= w.count)) wait.resolve();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => taken,
    received: (count) => (taken >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
