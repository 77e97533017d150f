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

/** The entry without its body: what is stored beside the bytes. */
export type Metadata = Omit<CachedResponse, 'body'>;

export function metadataOf({ body: _body, ...metadata }: CachedResponse): Metadata {
  return metadata;
}
