import type { FeeList, FeeSchedule } from '@gongkai/spec';
import { walk, type WalkOptions } from '../pagination/walk';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import { representation } from '../transport/representation';
import type { As, QueryOf, Representation, RepresentationOptions } from '../types';

export type FeesQuery = QueryOf<'listFees'>;

/** Administrative fee items, their standards and legal basis (Art. 20(8)), down to village level. */
export interface FeesResource {
  /** One page of fee schedules; `division` includes every division inside it. */
  list(query?: FeesQuery, options?: CallOptions): Promise<FeeList>;
  iterate(query?: FeesQuery, options?: WalkOptions): AsyncGenerator<FeeSchedule, void, undefined>;
  get(feeId: string, options?: CallOptions): Promise<FeeSchedule>;
  /** The same page as CSV (UTF-8 with BOM, one header row), as text or as a stream. */
  listCsv<A extends As = 'text'>(query?: FeesQuery, options?: RepresentationOptions<A>): Promise<Representation<A>>;
}

export function feesResource(t: Transport): FeesResource {
  const list: FeesResource['list'] = (query, options) => unwrap(t.api.GET('/v1/fees', { params: { query }, ...options }));
  return {
    list,
    iterate: (query, options) => walk((cursor) => list({ ...query, cursor }, options), options, query?.cursor),
    get: (feeId, options) => unwrap(t.api.GET('/v1/fees/{feeId}', { params: { path: { feeId } }, ...options })),
    listCsv: (query, options) => unwrap(t.api.GET('/v1/fees', { params: { query }, ...representation('text/csv', options) })) as never,
  };
}
