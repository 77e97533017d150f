import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP proxy in front of a server that can be switched off (connections reset: a department
 * that goes down after the gateway described it) or made to hold requests until released (a
 * request still in flight, without any timing).
 */
export interface SwitchableProxy {
  readonly url: string;
  down: boolean;
  /** Holds every request from now on until `release()`. */
  hold(): void;
  release(): void;
  /** Resolves when the next request arrives. */
  arrived(): Promise<void>;
  /** How many of the next POSTs are forwarded but lose their answer (the connection is reset after the gateway answered). */
  loseAnswers: number;
  close(): Promise<void>;
}

export async function startSwitchableProxy(target: string): Promise<SwitchableProxy> {
  const upstream = new URL(target);
  const state = { down: false, held: false, loseAnswers: 0 };
  const waiting: (() => void)[] = [];
  const arrivals: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    for (const arrived of arrivals.splice(0)) arrived();
    if (state.down) return req.socket.destroy();
    if (state.held) return waiting.push(() => forward(req, res));
    forward(req, res);
  });
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: `${upstream.pathname.replace(/\/$/, '')}${req.url}`,
        headers: req.headers,
      },
      (answer) => {
        if (req.method === 'POST' && state.loseAnswers > 0) {
          state.loseAnswers--;
          answer.resume();
          return answer.on('end', () => req.socket.destroy());
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => req.socket.destroy());
    req.pipe(forwarded);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
      if (value) server.closeAllConnections();
    },
    hold() {
      state.held = true;
    },
    release() {
      state.held = false;
      for (const go of waiting.splice(0)) go();
    },
    arrived: () => new Promise<void>((resolve) => arrivals.push(resolve)),
    get loseAnswers() {
      return state.loseAnswers;
    },
    set loseAnswers(value: number) {
      state.loseAnswers = value;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
