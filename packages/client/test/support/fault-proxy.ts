/**
 * A real HTTP proxy on loopback in front of a department or a gateway, that fails the requests a
 * test tells it to: answers a status of its own without calling the target (`refuse`), or calls
 * the target and then throws its answer away (`swallow`, a write that was recorded but whose
 * answer was lost on the way). It records what it was asked, headers included.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Fault {
  /** `refuse`: answer without calling the target; `swallow`: call it, then answer the fault instead. */
  readonly mode: 'refuse' | 'swallow';
  readonly status: number;
  readonly headers?: Record<string, string>;
  /** Only requests whose path (with query) matches; every request when absent. */
  readonly match?: RegExp;
}

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The fault it got, if any. */
  readonly fault?: Fault;
}

export interface FaultProxy {
  readonly url: string;
  readonly seen: SeenRequest[];
  /** Fails the next `count` matching requests with `fault`. */
  fail(count: number, fault: Fault): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const queue: Fault[] = [];
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const index = queue.findIndex((fault) => !fault.match || fault.match.test(url));
    const fault = index >= 0 ? queue.splice(index, 1)[0] : undefined;
    seen.push({ method: req.method ?? 'GET', url, headers: req.headers, ...(fault ? { fault } : {}) });
    const answerFault = (f: Fault) => {
      res.writeHead(f.status, { 'content-type': 'application/problem+json', ...f.headers });
      res.end(
        JSON.stringify({ type: 'urn:test:fault', title: 'Injected fault', status: f.status, detail: `the proxy answered ${f.status}` }),
      );
    };
    if (fault?.mode === 'refuse') {
      req.resume();
      req.on('end', () => answerFault(fault));
      return;
    }
    const upstream = httpRequest(
      new URL(url, target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        if (fault) {
          answer.resume();
          answer.on('end', () => answerFault(fault));
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    fail(count, fault) {
      for (let i = 0; i < count; i++) queue.push(fault);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
