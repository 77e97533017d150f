/**
 * The cached-answer fast path. A repeat of a GET the gateway has already answered from its cache
 * is served straight from node:http, before Koa builds a context for it: the same quota check, the
 * same headers, the same bytes, without the per-request object machinery that costs Koa about half
 * of a bare server's throughput. Anything else — a first request, a stale entry, credentials, an
 * exhausted quota — goes on to Koa, which does the full work (and answers the 429).
 *
 * Safe because a request is only ever looked up by the exact raw URL and Accept header of a
 * request that the full path validated and answered from the cache before.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { ResponseCache } from './cache';
import type { GatewayConfig } from './config';
import { EXPOSED_HEADERS } from './cors';
import type { GatewayMetrics } from './metrics';
import type { RateLimiter } from './rate-limit';
import { rateLimitHeaders } from './rate-limit-fields';
import { quotaOf, rememberDecision } from './rate-limit-middleware';
import { ACCEPTABLE_REQUEST_ID } from './request-context';
import { DEFAULT_CSP, SECURITY_HEADERS } from './security-headers';
import { etagMatches } from './send-cached';

interface Answered {
  cacheKey: string;
  operationId: string;
  cacheControl: string;
}

/** Raw request (URL and Accept) → the cache entry the full path answered it with. */
export class AnsweredRequests {
  private readonly answered = new LRUCache<string, Answered>({ max: 10_000 });

  private static keyOf(req: IncomingMessage): string | undefined {
    if (req.method !== 'GET' || req.headers.authorization !== undefined) return undefined;
    return `${req.url ?? ''}\n${req.headers.accept ?? ''}`;
  }

  remember(req: IncomingMessage, answered: Answered): void {
    const key = AnsweredRequests.keyOf(req);
    if (key) this.answered.set(key, answered);
  }

  lookup(req: IncomingMessage): Answered | undefined {
    const key = AnsweredRequests.keyOf(req);
    return key ? this.answered.get(key) : undefined;
  }
}

export interface FastPathDependencies {
  answered: AnsweredRequests;
  cache: ResponseCache;
  limiter: RateLimiter;
  config: GatewayConfig;
  metrics: GatewayMetrics;
  logger: Logger;
}

/** Resolves true when it answered the request; false to let Koa handle it. */
export function cachedAnswerFastPath(deps: FastPathDependencies): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const logRequests = deps.logger.isLevelEnabled('info');
  return async (req, res) => {
    const answered = deps.answered.lookup(req);
    if (!answered) return false;
    const started = process.hrtime.bigint();
    const cached = await deps.cache.peekFresh(answered.cacheKey);
    if (!cached) return false;
    const quota = quotaOf(req, deps.config.rateLimits.apiKeys, deps.config.trustProxy);
    if (!quota) return false;
    const decision = await deps.limiter.consume(quota.policy, quota.subject);
    if (!decision.allowed) {
      rememberDecision(req, decision);
      return false;
    }

    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const { response, ageMs } = cached;
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
    for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
    res.setHeader('ETag', response.etag);
    res.setHeader('Cache-Control', answered.cacheControl);
    if (ageMs >= 1000) res.setHeader('Age', String(Math.floor(ageMs / 1000)));
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', DEFAULT_CSP);
    const notModified = response.status === 200 && etagMatches(String(req.headers['if-none-match'] ?? ''), response.etag);
    if (notModified) {
      res.statusCode = 304;
      res.end();
    } else {
      res.statusCode = response.status;
      res.setHeader('Content-Type', response.contentType);
      res.setHeader('Content-Length', response.body.length);
      res.end(response.body);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    deps.metrics.cache.inc({ result: 'fresh' });
    deps.metrics.requests.observe({ operation: answered.operationId, method: 'GET', status: String(res.statusCode) }, seconds);
    if (logRequests) deps.logger.info({ requestId, method: 'GET', path: req.url, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10, operationId: answered.operationId, fastPath: true }, 'request');
    return true;
  };
}
