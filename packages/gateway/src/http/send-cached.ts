import type { Context } from 'koa';
import { cachedAnswer, isRememberable, type UncachedResult } from '../answers/cached-answer';
import { jsonAnswer } from '../answers/representation-answer';
import type { CacheResult } from '../cache/response-cache';
import type { GatewayContext } from '../gateway-context';
import { writeAnswer } from './write-answer';

/**
 * Sends a response the cache produced (see `cachedAnswer`), and remembers the request so that
 * repeats of it can be answered before Koa (see fast-path/).
 */
export function sendCached(ctx: Context, gateway: GatewayContext, result: CacheResult | UncachedResult, cacheKey?: string): void {
  ctx.state['cacheOutcome'] = result.outcome;
  writeAnswer(ctx, cachedAnswer(result, ctx.get('if-none-match'), gateway.config.cache));
  const operationId = ctx.state['operationId'] as string | undefined;
  if (cacheKey && operationId && isRememberable(result) && gateway.config.cache.ttlMs > 0)
    gateway.answered.remember(ctx.req, { cacheKey, operationId });
}

/** Sends JSON computed for this request alone (see `jsonAnswer`). */
export function sendJson(ctx: Context, value: unknown, cacheControl: string): void {
  writeAnswer(ctx, jsonAnswer(value, ctx.get('if-none-match'), cacheControl));
}
