import type { IncomingMessage } from 'node:http';
import type { RateLimitDecision } from '../rate-limit/rate-limiter';

/**
 * What the fast path passes on with a request it does not answer: the quota decision it already
 * took (so the request is counted once, and a refusal is answered by Koa as the 429) and the
 * request id it already gave (so a logged fast-path failure and the answer share one id).
 */
export interface HandOff {
  quota?: RateLimitDecision;
  requestId?: string;
}

const HANDED_OVER = Symbol('gongkai.handOff');

type WithHandOff = IncomingMessage & { [HANDED_OVER]?: HandOff };

export function handOver(req: IncomingMessage, handOff: HandOff): void {
  (req as WithHandOff)[HANDED_OVER] = handOff;
}

/** What the fast path passed on with this request, if it saw it. */
export function handedOver(req: IncomingMessage): HandOff | undefined {
  return (req as WithHandOff)[HANDED_OVER];
}
