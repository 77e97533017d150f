/**
 * A proxy between the gateway and a real department that misbehaves on demand, the ways a
 * department does under load or a bad deployment: it never answers, stops after the headers,
 * trickles the body a byte at a time, or sends an answer far larger than any page.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type ProxyFault =
  | { kind: 'none' }
  /** Accepts the request and sends nothing. */
  | { kind: 'hang' }
  /** Sends the status line, the headers and the first bytes, then nothing. */
  | { kind: 'stall-after-headers' }
  /** Sends the real answer one byte every `everyMs` (each gap shorter than any sensible timeout). */
  | { kind: 'trickle'; everyMs: number }
  /** Answers with what `rewrite` makes of the department's real answer (a hostile department). */
  | { kind: 'rewrite'; rewrite: (path: string, answer: ProxiedAnswer) => ProxiedAnswer }
  /** Sends a 200 JSON list of `megabytes` MB, as fast as the gateway reads it. */
  | { kind: 'huge'; megabytes: number };

export interface ProxiedAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export class FaultyProxy {
  fault: ProxyFault = { kind: 'none' };
  /** Requests the proxy accepted and has not finished answering (the gateway may have given up). */
  readonly pending = new Set<IncomingMessage>();
  /** Requests whose connection the gateway closed before the proxy finished answering. */
  abandoned = 0;
  /** Every request the proxy received, as `METHOD /path?query`. */
  readonly seen: string[] = [];
  /** Bytes sent in `huge` answers so far. */
  hugeBytesSent = 0;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly target: string) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.timers.forEach((timer) => clearInterval(timer));
    this.sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.pending.add(req);
    this.seen.push(`${req.method} ${req.url}`);
    res.once('close', () => {
      if (!res.writableFinished) this.abandoned++;
      this.pending.delete(req);
    });
    const fault = this.fault;
    if (fault.kind === 'hang') return;
    if (fault.kind === 'huge') return this.sendHuge(res, fault.megabytes);
    this.forward(req, (status, headers, body) => {
      if (fault.kind === 'none') {
        res.writeHead(status, headers).end(body);
      } else if (fault.kind === 'rewrite') {
        const answer = fault.rewrite(req.url ?? '/', { status, headers, body });
        res.writeHead(answer.status, answer.headers).end(answer.body);
      } else if (fault.kind === 'stall-after-headers') {
        res.writeHead(status, { ...headers, 'content-length': String(body.length) });
        res.write(body.subarray(0, 1));
      } else {
        res.writeHead(status, { ...headers, 'content-length': String(body.length) });
        let sent = 0;
        const timer = setInterval(() => {
          if (res.destroyed || sent >= body.length) return clearInterval(timer);
          res.write(body.subarray(sent, ++sent));
          if (sent === body.length) res.end();
        }, fault.everyMs);
        this.timers.add(timer);
      }
    });
  }

  private forward(req: IncomingMessage, answer: (status: number, headers: Record<string, string>, body: Buffer) => void): void {
    const upstream = request(
      `${this.target}${req.url}`,
      { method: req.method, headers: { ...req.headers, host: new URL(this.target).host } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === 'string' && !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(name))
              headers[name] = value;
          answer(response.statusCode ?? 502, headers, Buffer.concat(chunks));
        });
      },
    );
    req.pipe(upstream);
  }

  /** `{"data":[{…},{…},…` without end: a list page that never stops, written as the reader takes it. */
  private sendHuge(res: ServerResponse, megabytes: number): void {
    res.writeHead(200, { 'content-type': 'application/json' });
    const record = Buffer.from(`{"id":"ln-finance:x","title":"${'x'.repeat(1000)}"},`);
    const limit = megabytes * 1024 * 1024;
    res.write('{"data":[');
    const more = () => {
      while (this.hugeBytesSent < limit && !res.destroyed) {
        this.hugeBytesSent += record.length;
        if (!res.write(record)) return void res.once('drain', more);
      }
      if (!res.destroyed) res.end('{}],"meta":{},"links":{}}');
    };
    more();
  }
}
