import type { EtagCache } from './etag-cache';
import type { RetryOptions } from './retry-delay';

export interface ClientOptions {
  /** Where the API is: a gateway's (or a department's) origin, e.g. `https://open.example.gov.cn`. The paths add `/v1/…`. */
  readonly baseUrl: string;
  /** Sent as `X-Api-Key`: reads need no key, but a key has its own, larger quota. */
  readonly apiKey?: string;
  /** The platform's `fetch` by default. */
  readonly fetch?: typeof globalThis.fetch;
  /** The limit of one attempt, in ms (default 10 000); retries have their own. */
  readonly timeoutMs?: number;
  /** How to retry (see `RetryOptions`); `false` never retries. */
  readonly retry?: RetryOptions | false;
  /** Sent as `User-Agent`, in Node; leave it unset in browsers (they send their own, and CORS does not allow it). */
  readonly userAgent?: string;
  /** Aborting it ends every call of this client. */
  readonly signal?: AbortSignal;
  /** Conditional requests (`If-None-Match`, a `304` gives the kept body): `true` keeps answers in memory, or pass a cache. */
  readonly cache?: boolean | EtagCache;
}

/** Options of one call. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** The limit of one attempt of this call, in ms. */
  readonly timeoutMs?: number;
}
