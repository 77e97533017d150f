import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';

/** What the fast path needs to answer a repeat: where the answer is cached, and for which operation. */
export interface Answered {
  readonly cacheKey: string;
  readonly operationId: string;
}

/** Raw request (URL and Accept) → the cache entry the full path answered it with. */
export class AnsweredRequests {
  private readonly answered = new LRUCache<string, Answered>({ max: 10_000 });

  // The Host is part of the key: an answer may hold absolute links built from it (the Atom feed
  // without `publicBaseUrl`), and a spoofed Host must not decide what others are sent.
  private static keyOf(req: IncomingMessage): string | undefined {
    if (req.method !== 'GET' || req.headers.authorization !== undefined) return undefined;
    return `${req.headers.host ?? ''}\n${req.url ?? ''}\n${req.headers.accept ?? ''}`;
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
