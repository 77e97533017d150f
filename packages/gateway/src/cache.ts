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
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { strongEtagOf } from '@gongkai/spec/etag';
import { Coalescer } from './coalesce';

export interface CachedResponse {
  readonly body: Buffer;
  readonly etag: string;
  readonly contentType: string;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** When the entry was stored, by the cache's clock. */
  readonly storedAt: number;
  /** ETags the departments gave for the parts of this answer, for conditional refreshes. */
  readonly upstreamEtags?: Readonly<Record<string, string>>;
}

/** What a loader produces; the cache adds `storedAt`, and the ETag unless one is given. */
export type LoadedResponse = Omit<CachedResponse, 'etag' | 'storedAt'> & { readonly etag?: string };

/** Produces the response; receives the previous entry, if any, to make conditional requests. */
export type ResponseLoader = (previous: CachedResponse | undefined) => Promise<LoadedResponse>;

export interface CacheStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, entry: CachedResponse, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

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

/** A strong validator in the contract's format: the same bytes always give the same ETag, on every replica. */
export function strongEtag(body: Uint8Array): string {
  return strongEtagOf(createHash('sha256').update(body).digest());
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

  async delete(key: string): Promise<void> {
    await this.options.store.delete(key).catch((error: unknown) => this.options.onError?.(error, { key, during: 'write' }));
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

export interface MemoryCacheStoreOptions {
  /** Upper bound on the bytes held: bodies plus an estimate of their metadata. */
  readonly maxBytes: number;
  readonly now?: () => number;
}

export function memoryCacheStore(options: MemoryCacheStoreOptions): CacheStore {
  const now = options.now;
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.body.length + Buffer.byteLength(JSON.stringify(metadataOf(entry))),
    // Expiry follows the same clock as the cache policy, so an injected clock governs both.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  return {
    get: async (key) => entries.get(key),
    set: async (key, entry, ttlMs) => void entries.set(key, entry, { ttl: Math.max(1, Math.ceil(ttlMs)) }),
    delete: async (key) => void entries.delete(key),
  };
}

export interface RedisCacheStoreOptions {
  readonly redis: Redis;
  /** Prefixes every key, so several gateways (or test runs) can share one Redis. */
  readonly keyPrefix: string;
  /** How long to wait for Redis before treating the operation as failed. Default 150 ms. */
  readonly timeoutMs?: number;
}

/**
 * One Redis hash per entry: the body as raw bytes (no base64 or JSON escaping of a large
 * body) and the metadata as JSON, expiring together. Eviction under memory pressure is the
 * Redis server's `maxmemory-policy`; the TTL bounds how long an entry can outlive its use.
 */
export function redisCacheStore(options: RedisCacheStoreOptions): CacheStore {
  const { redis, keyPrefix } = options;
  const timeoutMs = options.timeoutMs ?? 150;
  const keyOf = (key: string) => `${keyPrefix}:${key}`;
  return {
    async get(key) {
      const [body, metadata] = await withTimeout(redis.hmgetBuffer(keyOf(key), 'body', 'meta'), timeoutMs);
      return body && metadata ? fromMetadata(body, metadata) : undefined;
    },
    async set(key, entry, ttlMs) {
      const fields = { body: entry.body, meta: JSON.stringify(metadataOf(entry)) };
      const transaction = redis
        .multi()
        .hset(keyOf(key), fields)
        .pexpire(keyOf(key), Math.max(1, Math.ceil(ttlMs)));
      // A transaction reports failed commands in its results, not by rejecting.
      const failed = (await withTimeout(transaction.exec(), timeoutMs))?.find(([error]) => error);
      if (failed) throw failed[0];
    },
    async delete(key) {
      await withTimeout(redis.del(keyOf(key)), timeoutMs);
    },
  };
}

type Metadata = Omit<CachedResponse, 'body'>;

function metadataOf({ body: _body, ...metadata }: CachedResponse): Metadata {
  return metadata;
}

function fromMetadata(body: Buffer, metadata: Buffer): CachedResponse | undefined {
  const parsed: unknown = JSON.parse(metadata.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { etag, contentType, status, storedAt } = parsed as Record<string, unknown>;
  const valid = typeof etag === 'string' && typeof contentType === 'string' && typeof status === 'number' && typeof storedAt === 'number';
  return valid ? { ...(parsed as Metadata), body } : undefined;
}

// A Redis that accepts commands but does not answer (failover, overload) must cost a request
// a bounded wait, not a hang; the command may still complete later, which is harmless here.
async function withTimeout<T>(operation: Promise<T>, timeoutMs: number): Promise<T> {
  operation.catch(() => undefined); // a late failure after the timeout is not unhandled
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([operation, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface TieredCacheStoreOptions {
  /** The shared store (Redis), the source of truth across replicas. */
  readonly far: CacheStore;
  /** A small in-process store in front of it. */
  readonly near: CacheStore;
  /** How long an entry read from or written to the far store is kept near: the fresh window. */
  readonly nearTtlMs: number;
}

/**
 * A near cache in process memory in front of the shared store: while an entry is fresh, a replica
 * answers from its own memory instead of asking Redis on every request. Another replica's refresh
 * reaches this one once the near copy expires, so a near copy is never older than the fresh window.
 */
export function tieredCacheStore(options: TieredCacheStoreOptions): CacheStore {
  const { far, near, nearTtlMs } = options;
  return {
    async get(key) {
      const local = await near.get(key);
      if (local) return local;
      const shared = await far.get(key);
      if (shared && nearTtlMs > 0) await near.set(key, shared, nearTtlMs);
      return shared;
    },
    async set(key, entry, ttlMs) {
      if (nearTtlMs > 0) await near.set(key, entry, Math.min(nearTtlMs, ttlMs));
      await far.set(key, entry, ttlMs);
    },
    async delete(key) {
      await near.delete(key);
      await far.delete(key);
    },
  };
}
