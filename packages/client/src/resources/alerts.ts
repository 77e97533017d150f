import type { Alert, AlertList } from '@gongkai/spec';
import { walk, type WalkOptions } from '../pagination/walk';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import { representation } from '../transport/representation';
import type { As, QueryOf, Representation, RepresentationOptions } from '../types';

export type AlertsQuery = QueryOf<'listAlerts'>;

/** Emergency warnings (Art. 20(12)). */
export interface AlertsResource {
  /** One page of notices, newest first; `division` finds notices for an area and everything inside it. */
  list(query?: AlertsQuery, options?: CallOptions): Promise<AlertList>;
  /** One page of the notices in force now (`status: 'active'`), e.g. for a warning banner. */
  active(query?: Omit<AlertsQuery, 'status'>, options?: CallOptions): Promise<AlertList>;
  iterate(query?: AlertsQuery, options?: WalkOptions): AsyncGenerator<Alert, void, undefined>;
  get(alertId: string, options?: CallOptions): Promise<Alert>;
  /** One notice as OASIS CAP 1.2 XML, for alerting systems. */
  getCap<A extends As = 'text'>(alertId: string, options?: RepresentationOptions<A>): Promise<Representation<A>>;
}

export function alertsResource(t: Transport): AlertsResource {
  const list: AlertsResource['list'] = (query, options) => unwrap(t.api.GET('/v1/alerts', { params: { query }, ...options }));
  return {
    list,
    active: (query, options) => list({ ...query, status: 'active' }, options),
    iterate: (query, options) => walk((cursor) => list({ ...query, cursor }, options), options, query?.cursor),
    get: (alertId, options) => unwrap(t.api.GET('/v1/alerts/{alertId}', { params: { path: { alertId } }, ...options })),
    getCap: (alertId, options) =>
      unwrap(
        t.api.GET('/v1/alerts/{alertId}', { params: { path: { alertId } }, ...representation('application/cap+xml', options) }),
      ) as never,
  };
}
