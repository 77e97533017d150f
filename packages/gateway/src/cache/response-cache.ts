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
import type { CachedResponse, CacheStore, LoadedResponse, ResponseLoader } from './cached-response';
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
      if (!this.isCacheable(loaded) && fallback) return { response: fallback, outcome: 'stale-if-error', ageMs };
      const response = await this.store(key, loaded);
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
        await this.store(key, loaded);
      })
      .catch((error: unknown) => this.options.onError?.(error, { key, during: 'refresh' }));
  }

  /** Stamps and, when cacheable, stores a loaded response; a failed write is only reported. */
  private async store(key: string, loaded: LoadedResponse): Promise<CachedResponse> {
    const response: CachedResponse = { ...loaded, etag: loaded.etag ?? strongEtag(loaded.body), storedAt: this.now() };
    if (this.isCacheable(loaded) && this.lifetimeMs() > 0) {
      await this.options.store
        .set(key, response, this.lifetimeMs())
        .catch((error: unknown) => this.options.onError?.(error, { key, during: 'write' }));
    }
    return response;
  }

  private async read(key: string): Promise<CachedResponse | undefined> {
    try {
      return await this.options.store.get(key);
    } catch (error) {
      this.options.onError?.(error, { key, during: 'read' });
      return undefined;
    }
  }

  private lifetimeMs(): number {
    return this.options.ttlMs + this.swrMs + this.sieMs;
  }
}
