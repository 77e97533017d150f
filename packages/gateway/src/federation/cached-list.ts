import {
  alertsToCsv,
  budgetsToCsv,
  feedbackToCsv,
  feesToCsv,
  itemsToCsv,
  type Alert,
  type Budget,
  type DisclosureItem,
  type FeeSchedule,
  type Feedback,
} from '@gongkai/spec';
import type { LoadedResponse } from '../cache/cached-response';
import type { CacheResult } from '../cache/response-cache';
import { UNCACHEABLE_HEADER } from '../cache/uncacheable';
import { toQueryString } from '../departments/department-query';
import type { GatewayContext } from '../gateway-context';
import { federatedList, listEnvelope, splicedFederatedList } from './federated-list';
import type { ListDefinition, ListQuery } from './list-definitions';
import type { Identified } from './sort-order';
import { splicedListBody } from './spliced-list-body';

const CSV_RENDERERS: Partial<Record<string, (records: never[]) => string>> = {
  listFees: (records) => feesToCsv(records as FeeSchedule[]),
  listBudgets: (records) => budgetsToCsv(records as Budget[]),
  listItems: (records) => itemsToCsv(records as DisclosureItem[]),
  listAlerts: (records) => alertsToCsv(records as Alert[]),
  listFeedback: (records) => feedbackToCsv(records as Feedback[]),
};

export interface ListRequest {
  /** The request's path as sent (the `next` link repeats it). */
  readonly path: string;
  /** Whether `Accept` prefers `text/csv` to `application/json`; asked only when `format` is absent. */
  readonly acceptPrefersCsv: () => boolean;
}

/**
 * A federated list, through the response cache: identical concurrent misses make one call per
 * department, a hit is stored bytes. A partial answer (a department failed) is never cached, and
 * while a complete one is within its stale-if-error window the cache serves that instead. Every
 * list also comes as CSV (`format=csv` or `Accept: text/csv`), with the next page in a `Link`
 * header. Both entry points (Koa's list route and the fast path) answer lists with this.
 */
export async function cachedList(
  gateway: GatewayContext,
  list: ListDefinition,
  query: ListQuery,
  request: ListRequest,
): Promise<{ readonly result: CacheResult; readonly cacheKey: string }> {
  const csv = CSV_RENDERERS[list.operationId];
  const representation = representationOf(query, csv !== undefined, request);
  const selfQuery = toQueryString(query);
  const cacheKey = `list:${list.operationId}:${representation}:${selfQuery.toString()}`;
  const result = await gateway.cache.get(cacheKey, async (): Promise<LoadedResponse> => {
    const headers: Record<string, string> = { Vary: 'Accept' };
    if (representation === 'csv' && csv) {
      const page = await federatedList<Identified>(gateway, list, query);
      const envelope = listEnvelope(page, request.path, withoutCursor(selfQuery));
      if (page.failures.length) headers[UNCACHEABLE_HEADER] = 'true';
      if (envelope.links['next']) headers['Link'] = `<${envelope.links['next']}>; rel="next"`;
      return { status: 200, contentType: 'text/csv; charset=utf-8', body: Buffer.from(csv(page.data as never[])), headers };
    }
    // JSON: the records' bytes are handed on as the departments sent them, not parsed and re-serialised.
    const page = await splicedFederatedList(gateway, list, query);
    if (page.failures.length) headers[UNCACHEABLE_HEADER] = 'true';
    return {
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: splicedListBody(page, request.path, withoutCursor(selfQuery)),
      headers,
    };
  });
  return { result, cacheKey };
}

/** CSV when `format=csv` (a plain link), or else when `Accept` prefers it; `format=json` is JSON. */
function representationOf(query: ListQuery, csvOffered: boolean, request: ListRequest): 'json' | 'csv' {
  if (!csvOffered) return 'json';
  if (query['format'] !== undefined) return query['format'] === 'csv' ? 'csv' : 'json';
  return request.acceptPrefersCsv() ? 'csv' : 'json';
}

function withoutCursor(query: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(query);
  copy.delete('cursor');
  return copy;
}
