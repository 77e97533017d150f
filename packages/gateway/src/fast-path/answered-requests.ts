import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';
import { ENTRY_OVERHEAD_BYTES, flatString, stringBytes } from '../cache/retained-memory';

/** What the fast path needs to answer a repeat: where the answer is cached, and for which operation. */
export interface Answered {
  readonly cacheKey: string;
  readonly operationId: string;
}

/**
 * Bounded by bytes, not only by count: a URL may be 8 KiB, so 10 000 remembered requests could
 * hold 160 MiB of keys. Forgetting one only sends its repeat through Koa.
 */
const MAX_BYTES = 4 * 1024 * 1024;

/** Raw request (URL and Accept) → the cache entry the full path answered it with. */
export class AnsweredRequests {
  private readonly answered = new LRUCache<string, Answered>({
    max: 10_000,
    maxSize: MAX_BYTES,
    sizeCalculation: (answered, key) => stringBytes(key) + stringBytes(answered.cacheKey) + ENTRY_OVERHEAD_BYTES,
  });

  /** @param originOf the origin the answer's links are built from (`linkOrigin`). */
  constructor(private readonly originOf: (req: IncomingMessage) => string) {}

  // The link origin is part of the key: an answer may hold absolute links built from it (the
  // Atom feed without `publicBaseUrl`), and a spoofed Host or X-Forwarded-Host must not decide
  // what others are sent.
  private keyOf(req: IncomingMessage): string | undefined {
    if (req.method !== 'GET' || req.headers.authorization !== undefined) return undefined;
    return `${this.originOf(req)}\n${req.url ?? ''}\n${req.headers.accept ?? ''}`;
  }

  remember(req: IncomingMessage, answered: Answered): void {
    const key = this.keyOf(req);
    if (key) this.answered.set(flatString(key), { cacheKey: flatString(answered.cacheKey), operationId: answered.operationId });
  }

  lookup(req: IncomingMessage): Answered | undefined {
    const key = this.keyOf(req);
    return key ? this.answered.get(key) : undefined;
  }

  /** The bytes counted against the bound (for tests). */
  get retainedBytes(): number {
    return this.answered.calculatedSize;
  }
}
