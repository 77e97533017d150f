/**
 * The response cache: serialised bodies (sending a ready Buffer is what makes Koa fast, see
 * docs/performance.md), kept in process memory or in Redis shared by replicas.
 *
 * Policy, by age of the entry (RFC 5861 semantics):
 *   age < ttl                 fresh: served as is
 *   age < ttl + swr           stale-while-revalidate: served at once, refreshed in the background
 *   age < ttl + swr + sie     stale-if-error: refreshed first, served stale if the refresh fails
 *   older                     a miss
 *
 * The cache never fails a request by itself: a store that errors or hangs is treated as a miss.
 */
import { Coalescer } from './coalesce';
import { cachedResponseOf, type CachedResponse, type CacheStore, type LoadedResponse, type ResponseLoader } from './cached-response';
import { strongEtag } from './strong-etag';

export type CacheOutcome = 'fresh' | 'stale' | 'stale-if-error' | 'revalidated' | 'miss';

export interface CacheResult {
  readonly response: CachedResponse;
  /** For an `X-Cache`-style header and metrics. */
  readonly outcome: CacheOutcome;
  readonly ageMs: number;
}

export interface ResponseCacheOptions {
  readonly store: CacheStore;
  readonly ttlMs: number;
  /** Stale-while-revalidate window after `ttlMs`. Default 0. */
  readonly swrMs?: number;
  /** Stale-if-error window after the stale-while-revalidate window. Default 0. */
  readonly sieMs?: number;
  readonly now?: () => number;
  /**
   * Which loaded responses are stored. Default: status below 500. A response that is not
   * stored counts as an error for stale-if-error, as RFC 5861 §4 counts 5xx answers.
   */
  readonly isCacheable?: (response: LoadedResponse) => boolean;
  /** Store failures and failed background refreshes, which never reach the caller. */
  readonly onError?: (error: unknown, context: { readonly key: string; readonly during: 'read' | 'write' | 'refresh' }) => void;
}

export class ResponseCache {
  private readonly lookups = new Coalescer<CacheResult>();
  private readonly refreshes = new Coalescer<void>();
  private readonly now: () => number;
  private readonly swrMs: number;
  private readonly sieMs: number;
  private readonly isCacheable: (response: LoadedResponse) => boolean;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
    this.swrMs = options.swrMs ?? 0;
    this.sieMs = options.sieMs ?? 0;
    this.isCacheable = options.isCacheable ?? ((response) => response.status < 500);
  }

  /** The cached response for `key`, or what `load` gives; identical concurrent calls share one. */
  get(key: string, load: ResponseLoader): Promise<CacheResult> {
    return this.lookups.run(key, () => this.lookup(key, load));
  }

  /**
   * The entry for `key` if it is still fresh, without loading anything: for answering a repeat
   * request before the route has parsed it. Stale and missing entries are `undefined`.
   */
  async peekFresh(key: string): Promise<CacheResult | undefined> {
    const cached = await this.read(key);
    if (!cached) return undefined;
    const ageMs = this.now() - cached.storedAt;
    return ageMs < this.options.ttlMs ? { response: cached, outcome: 'fresh', ageMs } : undefined;
  }

  /** Settles when no background refresh is running: for tests and graceful shutdown. */
  idle(): Promise<void> {
    return this.refreshes.settled();
  }

  private async lookup(key: string, load: ResponseLoader): Promise<CacheResult> {
    const cached = await this.read(key);
    const ageMs = cached ? this.now() - cached.storedAt : Number.POSITIVE_INFINITY;
    if (cached && ageMs < this.options.ttlMs) return { response: cached, outcome: 'fresh', ageMs };
    if (cached && ageMs < this.options.ttlMs + this.swrMs) {
      this.refreshInBackground(key, load, cached);
      return { response: cached, outcome: 'stale', ageMs };
    }
    const fallback = cached && ageMs < this.lifetimeMs() ? cached : undefined;
    try {
      const loaded = await load(cached);
      const cacheable = this.isCacheable(loaded);
      if (!cacheable && fallback) return { response: fallback, outcome: 'stale-if-error', ageMs };
      const response = this.stamped(loaded);
      if (cacheable && this.lifetimeMs() > 0) await this.write(key, response);
      return { response, outcome: cached ? 'revalidated' : 'miss', ageMs: 0 };
    } catch (error) {
      if (fallback) return { response: fallback, outcome: 'stale-if-error', ageMs };
      throw error;
    }
  }

  private refreshInBackground(key: string, load: ResponseLoader, previous: CachedResponse): void {
    if (this.refreshes.isRunning(key)) return;
    void this.refreshes
      .run(key, async () => {
        const loaded = await load(previous);
        if (!this.isCacheable(loaded)) throw new Error(`Refresh answered ${loaded.status}; keeping the stale entry.`);
        if (this.lifetimeMs() > 0) await this.write(key, this.stamped(loaded));
      })
      .catch((error: unknown) => this.options.onError?.(error, { key, during: 'refresh' }));
  }

  // The steps of a lookup are plain functions handing on the store's promises, not async
  // functions of their own: each of those would add a promise and a turn of the microtask queue to
  // every request, a few per cent of an uncached passthrough's CPU (docs/performance.md).

  /** A loaded response with its ETag and the time it was stored. */
  private stamped(loaded: LoadedResponse): CachedResponse {
    return cachedResponseOf(loaded, loaded.etag ?? strongEtag(loaded.body), this.now());
  }

  /** Stores a response; a failed write is only reported. */
  private write(key: string, response: CachedResponse): Promise<void> {
    const reported = (error: unknown): void => this.options.onError?.(error, { key, during: 'write' });
    try {
      return this.options.store.set(key, response, this.lifetimeMs()).catch(reported);
    } catch (error) {
      return Promise.resolve(reported(error));
    }
  }

  /** The stored entry; a store that fails is a miss, reported. */
  private read(key: string): Promise<CachedResponse | undefined> {
    const reported = (error: unknown): undefined => void this.options.onError?.(error, { key, during: 'read' });
    try {
      return this.options.store.get(key).catch(reported);
    } catch (error) {
      return Promise.resolve(reported(error));
    }
  }

  private lifetimeMs(): number {
    return this.options.ttlMs + this.swrMs + this.sieMs;
  }
}
