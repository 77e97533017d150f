import type { Context } from 'koa';
import type { ListLinks } from '@gongkai/spec';
import type { Page, SortKey } from '../store/disclosure-store';
import { decodeCursor, encodeCursor } from './list-cursor';
import { negotiate } from './negotiate';

/**
 * What a cursor is bound to: the list it came from (its path: the fees' cursor is not the items')
 * and the query parameters that shape it (all but `cursor`, `limit` and the representation
 * `format`: a page's cursor serves its JSON and its CSV alike).
 */
export function listFilters(ctx: Pick<Context, 'path'>, query: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { cursor: _cursor, limit: _limit, format: _format, ...filters } = query;
  return { ...filters, '(list)': ctx.path };
}

/** The position a `cursor` parameter resumes from, checked against the list and its filters. */
export function resumeFrom(ctx: Pick<Context, 'path'>, query: Readonly<Record<string, unknown>>): SortKey | undefined {
  const cursor = query['cursor'];
  return typeof cursor === 'string' ? decodeCursor(cursor, listFilters(ctx, query)) : undefined;
}

/** The URL of the page after this one: the same query with the new cursor. */
export function nextLink(ctx: Context, cursorParameter: string, cursor: string): string {
  const params = new URLSearchParams(ctx.querystring);
  params.set(cursorParameter, cursor);
  return `${ctx.path}?${params.toString()}`;
}

/** `{ data, meta, links }` for a page; `links.next` resumes after its last record. */
export function listAnswer<T, R = T>(
  ctx: Context,
  query: Readonly<Record<string, unknown>>,
  page: Page<T>,
  view: (record: T) => R = (record) => record as unknown as R,
) {
  const links: ListLinks = page.next ? { next: nextLink(ctx, 'cursor', encodeCursor(page.next, listFilters(ctx, query))) } : {};
  return { data: page.records.map(view), meta: {}, links };
}

export const emptyList = { data: [], meta: {}, links: {} };

/**
 * Whether a list is asked for as CSV: `format=csv` (a plain link, Excel's "From Web"), or else
 * `Accept: text/csv`; `format=json` is JSON whatever `Accept` says.
 */
export function wantsCsv(ctx: Context, query: Readonly<Record<string, unknown>>): boolean {
  if (query['format'] !== undefined) return query['format'] === 'csv';
  return negotiate(ctx, ['application/json', 'text/csv']) === 'text/csv';
}

/** A page as JSON or, when asked (`wantsCsv`), as CSV by `toCsv` of what readers see of each record. */
export function listReply<T, R>(
  ctx: Context,
  query: Readonly<Record<string, unknown>>,
  page: Page<T>,
  view: (record: T) => R,
  toCsv: (records: R[]) => string,
) {
  return wantsCsv(ctx, query)
    ? csvPage(ctx, query, page, (records) => toCsv(records.map(view)))
    : { json: listAnswer(ctx, query, page, view) };
}

/** A page as CSV (UTF-8 with BOM, built by `toCsv`); the next page is announced in an RFC 8288 `Link` header. */
export function csvPage<T>(ctx: Context, query: Readonly<Record<string, unknown>>, page: Page<T>, toCsv: (records: T[]) => string) {
  const headers: Record<string, string> = page.next
    ? { Link: `<${nextLink(ctx, 'cursor', encodeCursor(page.next, listFilters(ctx, query)))}>; rel="next"` }
    : {};
  return { text: toCsv(page.records), type: 'text/csv; charset=utf-8', headers };
}
