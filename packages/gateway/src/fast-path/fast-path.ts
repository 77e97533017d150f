/**
 * The fast path: reads the gateway can answer before Koa builds a context for them.
 *
 * - a repeat of a GET already answered from the cache (same raw URL and Accept) is sent from the
 *   cached bytes;
 * - an anonymous single-resource GET (`/v1/items/{itemId}`, …) is validated against the contract,
 *   loaded through the cache from its department and sent;
 * - an anonymous federated list (`/v1/items`, …) is validated the same way and answered by
 *   `cachedList`, the code Koa's list route answers it with.
 *
 * All make the same checks as the full path — the contract's validation, the quota, the circuit
 * breaker — and build their answers with the same builders (`answers/`), so the same headers and
 * bytes go out; they skip Koa's per-request object machinery, which alone costs about half of a
 * bare server's throughput. The fast path decides; it never formats.
 *
 * Everything else, and anything these do not handle (invalid input, an unknown department,
 * credentials, an exhausted quota), is handed off to Koa with what the fast path already decided
 * (`HandOff`): the quota decision, so the request is counted once, and the request id. A failure
 * inside the fast path is logged, then handed off the same way.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import accepts from 'accepts';
import type { Logger } from 'pino';
import { ApiError, matchOperation, validateParameters, type Operation, type ParameterValues, type RequestParts } from '@gongkai/spec';
import { requestIdOf } from '@gongkai/spec/request-id';
import type { Answer } from '../answers/answer';
import { cachedAnswer, isRememberable } from '../answers/cached-answer';
import { commonReadHeaders } from '../answers/common-headers';
import { problemAnswer } from '../answers/problem-answer';
import type { RequestFinished } from '../answers/request-finished';
import { cachedList } from '../federation/cached-list';
import { isListOperation, LISTS, type ListOperationId, type ListQuery } from '../federation/list-definitions';
import type { GatewayContext } from '../gateway-context';
import type { RateLimitDecision, RateLimiter } from '../rate-limit/rate-limiter';
import { trustedProxyHops } from '../rate-limit/client-ip';
import { quotaOf } from '../rate-limit/quotas';
import { loadResource, offeredTypes } from '../resources/load-resource';
import { isSingleResourceRead, owningDepartmentId } from '../resources/single-resources';
import type { Answered } from './answered-requests';
import type { HandOff } from './hand-off';
import { writeAnswer } from './write-answer';

export interface FastPathDependencies {
  readonly gateway: GatewayContext;
  readonly limiter: RateLimiter;
  readonly logger: Logger;
  readonly recordFinished: (finished: RequestFinished) => void;
}

/** The fast path either answered the request, or passes it on to Koa with what it already decided. */
export type FastPathOutcome = { readonly answered: true } | { readonly answered: false; readonly handOff: HandOff };

const ANSWERED: FastPathOutcome = { answered: true };

function needsCredentials(operation: Operation): boolean {
  return (operation.object.security ?? []).some((requirement) => 'accessToken' in requirement);
}

/** The request path without the query, as the full path logs it. */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** One request through the fast path: what it found out so far travels in `handOff`. */
interface Attempt {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly started: bigint;
  readonly handOff: HandOff;
}

export function fastPath(deps: FastPathDependencies): (req: IncomingMessage, res: ServerResponse) => Promise<FastPathOutcome> {
  const { gateway, limiter, logger, recordFinished } = deps;
  const { apiKeys } = gateway.config.rateLimits;
  const proxyHops = trustedProxyHops(gateway.config);

  /** Counts the request against its quota; the decision is handed off whatever happens next. */
  async function quota({ req, handOff }: Attempt): Promise<RateLimitDecision | undefined> {
    const subject = quotaOf(req, apiKeys, proxyHops);
    if (!subject) return undefined;
    const decision = await limiter.consume(subject.policy, subject.subject);
    handOff.quota = decision;
    return decision.allowed ? decision : undefined;
  }

  function requestIdOfAttempt({ req, handOff }: Attempt): string {
    return (handOff.requestId ??= requestIdOf(req.headers['x-request-id']));
  }

  function send(attempt: Attempt, decision: RateLimitDecision, answer: Answer, operationId: string, cache?: string): void {
    const requestId = requestIdOfAttempt(attempt);
    writeAnswer(attempt.res, answer, commonReadHeaders(requestId, decision));
    recordFinished({
      requestId,
      method: 'GET',
      path: pathOf(attempt.req),
      status: answer.status,
      seconds: Number(process.hrtime.bigint() - attempt.started) / 1e9,
      operationId,
      ...(cache ? { cache } : {}),
      fastPath: true,
    });
  }

  async function answerRepeat(attempt: Attempt, answered: Answered): Promise<boolean> {
    const cached = await gateway.cache.peekFresh(answered.cacheKey);
    if (!cached) return false;
    const decision = await quota(attempt);
    if (!decision) return false;
    const answer = cachedAnswer(cached, attempt.req.headers['if-none-match'], gateway.config.cache);
    send(attempt, decision, answer, answered.operationId, cached.outcome);
    return true;
  }

  /** A validated GET of the contract that the fast path answers: a single resource or a federated list. */
  async function answerOperation(attempt: Attempt): Promise<boolean> {
    const { req } = attempt;
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    if (!url.pathname.startsWith('/v1/')) return false;
    const match = matchOperation('GET', url.pathname);
    if (match.kind !== 'operation') return false;
    const operation: Operation = match.operation;
    // Reads that need the applicant's token (tracking a request) are never answered here.
    if (needsCredentials(operation)) return false;
    if (isListOperation(operation.operationId)) return answerList(attempt, url, operation, match.path);
    if (!isSingleResourceRead(operation.operationId)) return false;
    const params = validateParameters(operation, { query: url.searchParams, path: match.path, headers: req.headers });
    if (!params.ok) return false;
    return answerResource(attempt, url, operation, params.value);
  }

  async function answerResource(attempt: Attempt, url: URL, operation: Operation, params: ParameterValues): Promise<boolean> {
    const { req } = attempt;
    const ownerId = owningDepartmentId(operation.operationId, params);
    if (!gateway.registry.has(ownerId)) return false;
    const decision = await quota(attempt);
    if (!decision) return false;

    const requestId = requestIdOfAttempt(attempt);
    const offered = offeredTypes(operation);
    // No preference (the usual API client) negotiates the first type offered: skip parsing it.
    const acceptHeader = req.headers.accept;
    const accept =
      acceptHeader === undefined || acceptHeader === '*/*'
        ? offered[0]!
        : ((accepts(req).type([...offered]) || 'application/json') as string);
    try {
      const loaded = await loadResource(gateway, operation, gateway.registry.require(ownerId), params, { accept, requestId });
      send(
        attempt,
        decision,
        cachedAnswer(loaded.result, req.headers['if-none-match'], gateway.config.cache),
        operation.operationId,
        loaded.result.outcome,
      );
      if (loaded.cacheKey && isRememberable(loaded.result) && gateway.config.cache.ttlMs > 0)
        gateway.answered.remember(req, { cacheKey: loaded.cacheKey, operationId: operation.operationId });
    } catch (error) {
      // A department failure is an ApiError (502/503/504): answered here, as the full path would.
      if (!(error instanceof ApiError)) throw error;
      const answer = problemAnswer(error, { path: url.pathname, requestId, onUnexpected: () => undefined });
      send(attempt, decision, answer, operation.operationId);
    }
    return true;
  }

  /**
   * A federated list, as Koa's list route answers it (`cachedList`): the same parameters (the raw
   * query string, as Koa reads it), the same `next` link (the path as sent: a path `URL` would
   * rewrite is left to Koa), and a refusal (a bad cursor, sort or `fields`, a department refusing
   * the client's input) answered with the same problem. Invalid parameters go to Koa, which
   * answers the 400 after counting the request, as it does for every other request.
   */
  async function answerList(attempt: Attempt, url: URL, operation: Operation, path: RequestParts['path']): Promise<boolean> {
    const { req } = attempt;
    const rawPath = pathOf(req);
    if (rawPath !== url.pathname) return false;
    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    const params = validateParameters(operation, { query, path, headers: req.headers });
    if (!params.ok) return false;
    const decision = await quota(attempt);
    if (!decision) return false;
    const requestId = requestIdOfAttempt(attempt);
    try {
      const { result, cacheKey } = await cachedList(
        gateway,
        LISTS[operation.operationId as ListOperationId],
        params.value.query as ListQuery,
        {
          path: rawPath,
          acceptPrefersCsv: () => accepts(req).type(['application/json', 'text/csv']) === 'text/csv',
        },
      );
      send(
        attempt,
        decision,
        cachedAnswer(result, req.headers['if-none-match'], gateway.config.cache),
        operation.operationId,
        result.outcome,
      );
      if (isRememberable(result) && gateway.config.cache.ttlMs > 0)
        gateway.answered.remember(req, { cacheKey, operationId: operation.operationId });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      send(attempt, decision, problemAnswer(error, { path: rawPath, requestId, onUnexpected: () => undefined }), operation.operationId);
    }
    return true;
  }

  return async (req, res) => {
    if (req.method !== 'GET' || req.headers.authorization !== undefined) return { answered: false, handOff: {} };
    const attempt: Attempt = { req, res, started: process.hrtime.bigint(), handOff: {} };
    try {
      const answered = gateway.answered.lookup(req);
      if (answered && (await answerRepeat(attempt, answered))) return ANSWERED;
      if (await answerOperation(attempt)) return ANSWERED;
    } catch (error) {
      logger.error(
        { err: error, requestId: requestIdOfAttempt(attempt), method: req.method, path: pathOf(req) },
        'the fast path failed; the full path answers instead',
      );
      // Once bytes went out nothing else can be sent; before that, Koa starts from a clean response.
      if (res.headersSent) {
        res.destroy();
        return ANSWERED;
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
    }
    return { answered: false, handOff: attempt.handOff };
  };
}
