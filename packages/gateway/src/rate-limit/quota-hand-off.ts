import type { IncomingMessage } from 'node:http';
import type { RateLimitDecision } from './rate-limiter';

/** A decision already taken for this request (by the cached-answer fast path), so it is not counted twice. */
const TAKEN = Symbol('gongkai.rateLimitDecision');

export function rememberDecision(req: IncomingMessage, decision: RateLimitDecision): void {
  (req as IncomingMessage & { [TAKEN]?: RateLimitDecision })[TAKEN] = decision;
}

export function takenDecision(req: IncomingMessage): RateLimitDecision | undefined {
  return (req as IncomingMessage & { [TAKEN]?: RateLimitDecision })[TAKEN];
}
