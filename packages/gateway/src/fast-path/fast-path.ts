/**
 * The fast path: reads the gateway can answer before Koa builds a context for them.
 *
 * - a repeat of a GET already answered from the cache (same raw URL and Accept) is sent from the
 *   cached bytes;
 * - an anonymous single-resource GET (`/v1/items/{itemId}`, …) is validated against the contract,
 *   loaded through the cache from its department and sent.
 *
 * Both make the same checks as the full path — the contract's validation, the quota, the circuit
 * breaker — and send the same headers and bytes; they skip Koa's per-request object machinery,
 * which alone costs about half of a bare server's throughput. Everything else, and anything these
 * do not handle (invalid input, an unknown department, credentials, an exhausted quota), goes on
 * to Koa, which does the full work and answers the problem.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import accepts from 'accepts';
import type { Logger } from 'pino';
import { ApiError, matchOperation, validateParameters, type Operation } from '@gongkai/spec';
import { ifNoneMatchHits } from '@gongkai/spec/etag';
import { requestIdOf } from '@gongkai/spec/request-id';
import type { CachedResponse } from '../cache/cached-response';
import { UNCACHEABLE_HEADER } from '../cache/uncacheable';
import { EXPOSED_HEADERS } from '../http/middleware/cors';
import type { GatewayContext } from '../gateway-context';
import type { Answered } from './answered-requests';
import type { RateLimitDecision, RateLimiter } from '../rate-limit/rate-limiter';
import { rateLimitHeaders } from '../rate-limit/rate-limit-fields';
import { rememberDecision } from '../rate-limit/quota-hand-off';
import { quotaOf } from '../rate-limit/quotas';
import { loadResource, offeredTypes } from '../resources/load-resource';
import { owningDepartmentId, SINGLE_RESOURCE_READS } from '../resources/single-resources';
import { DEFAULT_CSP, SECURITY_HEADERS } from '../http/middleware/security-headers';
import { cacheControlOf } from '../cache/cache-control';

export interface FastPathDependencies {
  gateway: GatewayContext;
  limiter: RateLimiter;
  logger: Logger;
}

interface Answer {
  requestId: string;
  decision: RateLimitDecision;
}

function needsCredentials(operation: Operation): boolean {
  return (operation.object.security ?? []).some((requirement) => 'accessToken' in requirement);
}

/** The headers every answer carries, as the full path's middleware sets them. */
function setCommonHeaders(res: ServerResponse, { requestId, decision }: Answer): void {
  res.setHeader('X-Request-Id', requestId);
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  res.setHeader('Content-Security-Policy', DEFAULT_CSP);
}

function sendResponse(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  response: CachedResponse,
  cacheControl: string,
  ageMs: number,
): void {
  setCommonHeaders(res, answer);
  for (const [name, value] of Object.entries(response.headers ?? {})) if (name !== UNCACHEABLE_HEADER) res.setHeader(name, value);
  res.setHeader('ETag', response.etag);
  res.setHeader('Cache-Control', cacheControl);
  if (ageMs >= 1000 && Number.isFinite(ageMs)) res.setHeader('Age', String(Math.floor(ageMs / 1000)));
  if (response.status === 200 && ifNoneMatchHits(req.headers['if-none-match'], response.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = response.status;
  res.setHeader('Content-Type', response.contentType);
  res.setHeader('Content-Length', response.body.length);
  res.end(response.body);
}

function sendProblem(req: IncomingMessage, res: ServerResponse, answer: Answer, error: ApiError): void {
  setCommonHeaders(res, answer);
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  const body = Buffer.from(
    JSON.stringify({ ...error.problem, instance: new URL(req.url ?? '/', 'http://gateway.invalid').pathname, requestId: answer.requestId }),
  );
  res.statusCode = error.status;
  res.setHeader('Content-Type', 'application/problem+json');
  res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** Resolves true when it answered the request; false to let Koa handle it. */
export function fastPath(deps: FastPathDependencies): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const { gateway, limiter, logger } = deps;
  const logRequests = logger.isLevelEnabled('info');

  async function quota(req: IncomingMessage): Promise<RateLimitDecision | undefined> {
    const subject = quotaOf(req, gateway.config.rateLimits.apiKeys, gateway.config.trustProxy);
    if (!subject) return undefined;
    const decision = await limiter.consume(subject.policy, subject.subject);
    if (decision.allowed) return decision;
    rememberDecision(req, decision); // Koa answers the 429 without counting the request twice
    return undefined;
  }

  function finish(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    operationId: string,
    started: bigint,
    cacheResult: string,
  ): void {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    gateway.metrics.cache.inc({ result: cacheResult });
    gateway.metrics.requests.observe({ operation: operationId, method: 'GET', status: String(res.statusCode) }, seconds);
    if (logRequests)
      logger.info(
        {
          requestId,
          method: 'GET',
          path: req.url,
          status: res.statusCode,
          ms: Math.round(seconds * 1e4) / 10,
          operationId,
          fastPath: true,
        },
        'request',
      );
  }

  async function answerRepeat(req: IncomingMessage, res: ServerResponse, answered: Answered, started: bigint): Promise<boolean> {
    const cached = await gateway.cache.peekFresh(answered.cacheKey);
    if (!cached) return false;
    const decision = await quota(req);
    if (!decision) return false;
    const requestId = requestIdOf(req.headers['x-request-id']);
    sendResponse(req, res, { requestId, decision }, cached.response, answered.cacheControl, cached.ageMs);
    finish(req, res, requestId, answered.operationId, started, 'fresh');
    return true;
  }

  async function answerResource(req: IncomingMessage, res: ServerResponse, started: bigint): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    if (!url.pathname.startsWith('/v1/')) return false;
    const match = matchOperation('GET', url.pathname);
    if (match.kind !== 'operation') return false;
    const operation: Operation = match.operation;
    // Reads that need the applicant's token (tracking a request) are never answered here.
    if (!SINGLE_RESOURCE_READS[operation.operationId] || needsCredentials(operation)) return false;
    const params = validateParameters(operation, { query: url.searchParams, path: match.path, headers: req.headers });
    if (!params.ok) return false;
    const ownerId = owningDepartmentId(operation.operationId, params.value);
    if (!gateway.registry.has(ownerId)) return false;
    const decision = await quota(req);
    if (!decision) return false;

    const requestId = requestIdOf(req.headers['x-request-id']);
    const accept = (accepts(req).type(offeredTypes(operation)) || 'application/json') as string;
    try {
      const loaded = await loadResource(gateway, operation, gateway.registry.require(ownerId), params.value, { accept, requestId });
      const cacheControl = cacheControlOf(gateway.config.cache);
      sendResponse(
        req,
        res,
        { requestId, decision },
        loaded.result.response,
        cacheControl,
        'ageMs' in loaded.result ? loaded.result.ageMs : 0,
      );
      if (loaded.cacheKey && gateway.config.cache.ttlMs > 0)
        gateway.answered.remember(req, { cacheKey: loaded.cacheKey, operationId: operation.operationId, cacheControl });
      finish(req, res, requestId, operation.operationId, started, loaded.result.outcome);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      sendProblem(req, res, { requestId, decision }, error);
      finish(req, res, requestId, operation.operationId, started, 'miss');
    }
    return true;
  }

  return async (req, res) => {
    if (req.method !== 'GET' || req.headers.authorization !== undefined) return false;
    const started = process.hrtime.bigint();
    const answered = gateway.answered.lookup(req);
    if (answered && (await answerRepeat(req, res, answered, started))) return true;
    return answerResource(req, res, started);
  };
}
