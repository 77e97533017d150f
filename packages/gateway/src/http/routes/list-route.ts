import type { Context } from 'koa';
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
import type { LoadedResponse } from '../../cache/cached-response';
import { UNCACHEABLE_HEADER } from '../../cache/uncacheable';
import { toQueryString } from '../../departments/department-query';
import { federatedList, listEnvelope } from '../../federation/federated-list';
import type { GatewayContext } from '../../gateway-context';
import type { ListDefinition, ListQuery } from '../../federation/list-definitions';
import { sendCached } from '../send-cached';
import type { Identified } from '../../federation/sort-order';

type Representation = 'json' | 'csv';

const CSV_RENDERERS: Partial<Record<string, (records: never[]) => string>> = {
  listFees: (records) => feesToCsv(records as FeeSchedule[]),
  listBudgets: (records) => budgetsToCsv(records as Budget[]),
  listItems: (records) => itemsToCsv(records as DisclosureItem[]),
  listAlerts: (records) => alertsToCsv(records as Alert[]),
  listFeedback: (records) => feedbackToCsv(records as Feedback[]),
};

/** CSV when `format=csv` (a plain link), or else when `Accept` prefers it; `format=json` is JSON. */
function representationOf(ctx: Context, query: ListQuery, csvOffered: boolean): Representation {
  if (!csvOffered) return 'json';
  if (query['format'] !== undefined) return query['format'] === 'csv' ? 'csv' : 'json';
  return ctx.accepts('application/json', 'text/csv') === 'text/csv' ? 'csv' : 'json';
}

/**
 * A federated list, answered from the response cache: identical concurrent misses make one call
 * per department, a hit sends stored bytes. A partial answer (a department failed) is never
 * cached, and while a complete one is within its stale-if-error window the cache serves that
 * instead. Every list also comes as CSV (`format=csv` or `Accept: text/csv`), with the next page in a `Link` header.
 */
export async function answerList(
  ctx: Context,
  gateway: GatewayContext,
  list: ListDefinition,
  params: { readonly query: ListQuery },
): Promise<void> {
  const csv = CSV_RENDERERS[list.operationId];
  const representation = representationOf(ctx, params.query, csv !== undefined);
  const selfQuery = toQueryString(params.query);
  const key = `list:${list.operationId}:${representation}:${selfQuery.toString()}`;
  const result = await gateway.cache.get(key, async (): Promise<LoadedResponse> => {
    const page = await federatedList<Identified>(gateway, list, params.query);
    const envelope = listEnvelope(page, ctx.path, withoutCursor(selfQuery));
    const headers: Record<string, string> = { Vary: 'Accept' };
    if (page.failures.length) headers[UNCACHEABLE_HEADER] = 'true';
    if (representation === 'csv' && csv) {
      if (envelope.links['next']) headers['Link'] = `<${envelope.links['next']}>; rel="next"`;
      return { status: 200, contentType: 'text/csv; charset=utf-8', body: Buffer.from(csv(page.data as never[])), headers };
    }
    return { status: 200, contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify(envelope)), headers };
  });
  sendCached(ctx, gateway, result, key);
}

function withoutCursor(query: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(query);
  copy.delete('cursor');
  return copy;
}
