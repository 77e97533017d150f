/** An answer kept for revalidation: sent again as `If-None-Match`, given back on `304`. */
export interface CachedAnswer {
  readonly etag: string;
  readonly body: ArrayBuffer;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where the client keeps answers for conditional requests; `memoryEtagCache()` or your own. */
export interface EtagCache {
  get(key: string): CachedAnswer | undefined;
  set(key: string, answer: CachedAnswer): void;
}

/**
 * An in-memory cache of the most recently used answers, bounded by the bytes of their bodies
 * (default 4 MiB). A `Map` keeps insertion order, so re-inserting on use makes it an LRU.
 */
export function memoryEtagCache(maxBytes = 4 * 1024 * 1024): EtagCache {
  const answers = new Map<string, CachedAnswer>();
  let bytes = 0;
  const remove = (key: string) => {
    bytes -= answers.get(key)?.body.byteLength ?? 0;
    answers.delete(key);
  };
  return {
    get(key) {
      const answer = answers.get(key);
      if (answer) {
        answers.delete(key);
        answers.set(key, answer);
      }
      return answer;
    },
    set(key, answer) {
      remove(key);
      if (answer.body.byteLength > maxBytes) return;
      answers.set(key, answer);
      bytes += answer.body.byteLength;
      for (const oldest of answers.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
  };
}
