import { GongkaiError, NetworkError, TimeoutError } from '../errors';
import { sleep } from '../sleep';
import type { CachedAnswer, EtagCache } from './etag-cache';
import { backoffMs, RETRYABLE_STATUSES, serverDelayMs, type RetryOptions } from './retry-delay';

export interface SendSettings {
  readonly fetch: typeof globalThis.fetch;
  /** The limit of one attempt; each retry has its own. */
  readonly timeoutMs: number;
  readonly retry: RetryOptions | false;
  readonly cache: EtagCache | undefined;
  /** The body is handed over unread: the timeout covers the headers only and nothing is cached. */
  readonly stream: boolean;
  /** The caller's: aborting it ends the call at once, retries and waits included. */
  readonly signal: AbortSignal | undefined;
}

/**
 * One call as the caller sees it, however many attempts it takes. A GET is retried on a network
 * error, a timeout, 429 and 502–504, waiting what the server asked (`Retry-After`, `RateLimit`) or
 * an exponential backoff with full jitter, within the time budget. A POST is retried only when it
 * carries an `Idempotency-Key`: the contract makes the same key and body replay the first answer,
 * so a retry can never file twice. Bodies are read within the attempt, so a stalled body is a
 * timeout and a broken one a network error — both retried like a failed connection.
 */
export async function send(request: Request, settings: SendSettings): Promise<Response> {
  const { retry } = settings;
  const started = Date.now();
  const retriable = retry && (request.method === 'GET' || request.headers.has('idempotency-key'));
  const key = cacheKey(request, settings);
  const cached = key ? settings.cache?.get(key) : undefined;
  const headers = new Headers(request.headers);
  if (cached && !headers.has('if-none-match')) headers.set('if-none-match', cached.etag);

  for (let retries = 1; ; retries++) {
    let outcome: Response | GongkaiError;
    try {
      outcome = await attempt(request, headers, settings);
    } catch (error) {
      if (!(error instanceof GongkaiError)) throw error; // the caller's own abort
      outcome = error;
    }
    const reason = outcome instanceof Response ? outcome.status : outcome;
    if (retriable && (typeof reason !== 'number' || RETRYABLE_STATUSES.includes(reason)) && retries <= (retry.retries ?? 4)) {
      const asked = outcome instanceof Response ? serverDelayMs(outcome.headers) : undefined;
      const delayMs = Math.max(asked ?? 0, backoffMs(retries, retry.baseDelayMs ?? 300, retry.maxDelayMs ?? 10_000));
      if (Date.now() - started + delayMs <= (retry.budgetMs ?? 30_000)) {
        retry.onRetry?.({ attempt: retries, delayMs, reason, method: request.method, url: request.url });
        await sleep(delayMs, settings.signal);
        continue;
      }
    }
    if (outcome instanceof GongkaiError) throw outcome;
    return key ? remember(outcome, key, cached, settings.cache!) : outcome;
  }
}

/** Only anonymous GETs are kept: an answer for a credential (a request's access token) is that holder's. */
function cacheKey(request: Request, settings: SendSettings): string | undefined {
  if (!settings.cache || settings.stream || request.method !== 'GET' || request.headers.has('authorization')) return undefined;
  return `${request.headers.get('accept') ?? ''} ${request.url}`;
}

async function attempt(request: Request, headers: Headers, settings: SendSettings): Promise<Response> {
  const { signal } = settings;
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(() => controller.abort(new TimeoutError(settings.timeoutMs)), settings.timeoutMs);
  let streaming = false;
  try {
    // The signal goes in the init, not in a Request: Node's fetch (undici 6) loses the abort of a
    // signal carried by a Request object once that object is garbage-collected mid-call.
    const response = await settings.fetch(new Request(request.clone(), { headers }), { signal: controller.signal });
    if (settings.stream && response.ok) {
      streaming = true; // the caller's signal still ends the stream
      return response;
    }
    const body = await response.arrayBuffer();
    return new Response(response.status === 204 || response.status === 304 ? null : body, response);
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    throw new NetworkError(`${request.method} ${request.url} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    clearTimeout(timer);
    if (!streaming) signal?.removeEventListener('abort', abort);
  }
}

async function remember(response: Response, key: string, cached: CachedAnswer | undefined, cache: EtagCache): Promise<Response> {
  if (response.status === 304 && cached) return new Response(cached.body, { status: 200, headers: cached.headers });
  const etag = response.headers.get('etag');
  if (response.status !== 200 || !etag || /no-store/i.test(response.headers.get('cache-control') ?? '')) return response;
  const body = await response.arrayBuffer();
  cache.set(key, { etag, body, headers: Object.fromEntries(response.headers) });
  return new Response(body, response);
}
