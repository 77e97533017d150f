import { createFinalURL, createQuerySerializer, defaultPathSerializer, mergeHeaders, type Client } from 'openapi-fetch';
import type { paths } from '@gongkai/spec';
import { anySignal } from '../any-signal';
import type { CallOptions, ClientOptions } from './client-options';
import { memoryEtagCache } from './etag-cache';
import { send } from './send';

/**
 * The GET and POST of openapi-fetch's `Client`, typed by the contract's `paths` (JSON answers).
 * Besides openapi-fetch's init (`params`, `body`, `headers`, `parseAs`) a call takes `signal` and
 * `timeoutMs`.
 */
export type ContractApi = Pick<Client<paths, 'application/json'>, 'GET' | 'POST'>;

const BOM_KEEPING = new TextDecoder('utf-8', { ignoreBOM: true });

/** The connection the resources share. */
export interface Transport {
  /** Any path of the contract, with this client's retries, timeouts and cache. */
  readonly api: ContractApi;
  /** The client's own signal: aborting it ends every call. */
  readonly signal: AbortSignal | undefined;
}

interface CallInit extends CallOptions {
  readonly params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, string> };
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  readonly parseAs?: 'json' | 'text' | 'stream';
}

/**
 * openapi-fetch builds the URL (its path and query serialisers) and the headers; the call itself is
 * `send`: its retries, timeouts and cache are what openapi-fetch's middleware would otherwise wrap,
 * and leaving its request engine out keeps a browser bundle of the whole client within 5 kB.
 */
export function createTransport(options: ClientOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const baseHeaders: Record<string, string> = { Accept: 'application/json' };
  if (options.apiKey) baseHeaders['X-Api-Key'] = options.apiKey;
  if (options.userAgent) baseHeaders['User-Agent'] = options.userAgent;
  // Every array parameter of the contract is `style: form, explode: false` (`department=a,b`);
  // openapi-fetch's default would repeat the key, which the contract refuses.
  const querySerializer = createQuerySerializer({ array: { style: 'form', explode: false } });
  const settings = {
    // Looked up at call time, so an app may replace `globalThis.fetch` after creating the client.
    fetch: options.fetch ?? ((...args: Parameters<typeof globalThis.fetch>) => globalThis.fetch(...args)),
    retry: options.retry ?? {},
    cache: options.cache === true ? memoryEtagCache() : options.cache || undefined,
  };

  const call =
    (method: string) =>
    async (path: string, init: CallInit = {}): Promise<{ data?: unknown; error?: unknown; response: Response }> => {
      const { params = {}, body, parseAs = 'json' } = init;
      const signal = anySignal(options.signal, init.signal);
      const request = new Request(createFinalURL(path, { baseUrl, params, querySerializer, pathSerializer: defaultPathSerializer }), {
        method,
        headers: mergeHeaders(
          baseHeaders,
          body === undefined ? undefined : { 'Content-Type': 'application/json' },
          init.headers,
          params.header,
        ),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const response = await send(request, {
        ...settings,
        timeoutMs: init.timeoutMs ?? options.timeoutMs ?? 10_000,
        stream: parseAs === 'stream',
        signal,
      });
      if (!response.ok) {
        const text = await response.text();
        try {
          return { error: JSON.parse(text), response };
        } catch {
          return { error: text, response };
        }
      }
      if (parseAs === 'json') return { data: await response.json(), response };
      // The text exactly as sent: `Response.text()` would drop the byte order mark that a CSV needs
      // for spreadsheet programs to read it as UTF-8.
      return { data: parseAs === 'stream' ? response.body : BOM_KEEPING.decode(await response.arrayBuffer()), response };
    };
  return { api: { GET: call('GET'), POST: call('POST') } as unknown as ContractApi, signal: options.signal };
}
