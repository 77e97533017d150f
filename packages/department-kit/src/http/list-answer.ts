import type { Context } from 'koa';
import type { ListLinks } from '@gongkai/spec';
import type { Page, SortKey } from '../store/disclosure-store';
import { decodeCursor, encodeCursor } from './list-cursor';
import { negotiate } from './negotiate';

/**
 * The query parameters that shape a list (all but `cursor`, `limit` and the representation
 * `format`), which a cursor is bound to: a page's cursor serves its JSON and its CSV alike.
 */
export function listFilters(query: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { cursor: _cursor, limit: _limit, format: _format, ...filters } = query;
  return filters;
}

/** The position a `cursor` parameter resumes from, checked against the filters. */
export function resumeFrom(query: Readonly<Record<string, unknown>>): SortKey | undefined {
  const cursor = query['cursor'];
  return typeof cursor === 'string' ? decodeCursor(cursor, listFilters(query)) : undefined;
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
  const links: ListLinks = page.next ? { next: nextLink(ctx, 'cursor', encodeCursor(page.next, listFilters(query))) } : {};
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
    ? { Link: `<${nextLink(ctx, 'cursor', encodeCursor(page.next, listFilters(query)))}>; rel="next"` }
    : {};
  return { text: toCsv(page.records), type: 'text/csv; charset=utf-8', headers };
}
