/** What the response cache keeps: the serialised bytes of an answer and what is needed to send it again. */
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
}

/**
 * A loaded response as the cache keeps it, with its ETag and the time it was stored, its fields
 * copied one by one. Not `{ ...loaded, etag, storedAt }`: on Node 20, once optimised, a spread
 * followed by fields its source lacks gives every object a hidden class of its own (V8's slow path,
 * about 0.7 µs against 25 ns), and each place that reads the answer afterwards then meets a new
 * shape on every request. This runs for every answer a department gives (docs/performance.md).
 */
export function cachedResponseOf(loaded: LoadedResponse, etag: string, storedAt: number): CachedResponse {
  const response: { -readonly [Field in keyof CachedResponse]: CachedResponse[Field] } = {
    body: loaded.body,
    etag,
    contentType: loaded.contentType,
    status: loaded.status,
    storedAt,
  };
  if (loaded.headers) response.headers = loaded.headers;
  if (loaded.upstreamEtags) response.upstreamEtags = loaded.upstreamEtags;
  return response;
}

/** The entry without its body: what is stored beside the bytes. */
export type Metadata = Omit<CachedResponse, 'body'>;

export function metadataOf({ body: _body, ...metadata }: CachedResponse): Metadata {
  return metadata;
}
