/** How the client retries: attempts, backoff and the total time it may spend. */
export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  readonly retries?: number;
  /** The backoff of the first retry; each next one doubles it (default 300 ms). */
  readonly baseDelayMs?: number;
  /** No single wait is longer than this, unless the server asks for more (default 10 000 ms). */
  readonly maxDelayMs?: number;
  /**
   * The total time one call may take, waits included (default 30 000 ms). A retry whose wait
   * would end past it is not made: the last answer (or error) is what the call gives.
   */
  readonly budgetMs?: number;
  /** Told before each wait, e.g. to log it. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly delayMs: number;
  /** The status that is retried, or the error (`NetworkError`, `TimeoutError`). */
  readonly reason: number | Error;
  readonly method: string;
  readonly url: string;
}

/** Answers worth another try: rate limited, and the three statuses of a department or gateway failing. */
export const RETRYABLE_STATUSES: readonly number[] = [429, 502, 503, 504];

/**
 * Exponential backoff with full jitter (a uniformly random wait up to the doubled base, capped):
 * clients that failed together do not come back together.
 */
export function backoffMs(retry: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** (retry - 1)));
}

/**
 * How long the server asked us to wait, in ms: `Retry-After` (delay-seconds or an HTTP-date,
 * RFC 9110 §10.2.3), else the reset `t` of an exhausted quota in the `RateLimit` field
 * (`"anon";r=0;t=42`, IETF httpapi ratelimit-headers). Undefined when it did not say.
 */
export function serverDelayMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  let reset: number | undefined;
  for (const quota of (headers.get('ratelimit') ?? '').split(',')) {
    const params = Object.fromEntries(quota.split(';').map((part) => part.trim().split('=')));
    if (params['r'] === '0' && /^\d+$/.test(params['t'] ?? '')) reset = Math.max(reset ?? 0, Number(params['t']) * 1000);
  }
  return reset;
}
