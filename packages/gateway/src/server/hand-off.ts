import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { handOver } from '../fast-path/hand-off';
import type { FastPathOutcome } from '../fast-path/fast-path';

/**
 * The two entry points on one node:http server: the fast path sees each request first and either
 * answers it or hands it, with what it already decided, to Koa.
 */
export function handOffToKoa(
  fast: ((req: IncomingMessage, res: ServerResponse) => Promise<FastPathOutcome>) | undefined,
  koa: RequestListener,
): RequestListener {
  if (!fast) return koa;
  return (req, res) => {
    fast(req, res).then(
      (outcome) => {
        if (outcome.answered) return;
        handOver(req, outcome.handOff);
        void koa(req, res);
      },
      // The fast path catches and logs its own failures; this only guards against one in logging.
      () => void koa(req, res),
    );
  };
}
