import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import type { QueryOf } from '../types';

export type ExportQuery = QueryOf<'exportRecords'>;
export type ExportKind = 'items' | 'fees' | 'budgets' | 'alerts' | 'feedback';

/** Every record of a kind in one file: gzip or plain NDJSON (full text, a checksummed trailer line) or CSV. */
export interface ExportsResource {
  /**
   * The export as a stream of the file's bytes (a gzip file for `ndjson`, the default; the same
   * lines not compressed for `format: 'ndjson-plain'`; CSV for `format: 'csv'`), never held whole. The last NDJSON line is the trailer to check; resume with
   * `after`. One request against the quota.
   */
  download(kind: ExportKind, query?: ExportQuery, options?: CallOptions): Promise<ReadableStream<Uint8Array>>;
}

/** The media type of each format, sent as `Accept` so that the answer matches the `format` asked for. */
const ACCEPT = { ndjson: 'application/gzip', 'ndjson-plain': 'application/x-ndjson', csv: 'text/csv' } as const;

export function exportsResource(t: Transport): ExportsResource {
  return {
    download: (kind, query, options) =>
      unwrap(
        t.api.GET('/v1/exports/{kind}', {
          params: { path: { kind }, query },
          ...options,
          headers: { Accept: ACCEPT[query?.format ?? 'ndjson'] },
          parseAs: 'stream',
        }),
      ) as never,
  };
}
