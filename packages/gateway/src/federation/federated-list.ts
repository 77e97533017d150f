import { ApiError, checkFieldNames, getOperation, problem, selectFields } from '@gongkai/spec';
import { CursorError, decodeCursor, encodeCursor, hashFilters } from './cursor';
import { cursorProblem } from './cursor-problem';
import { fetchDepartmentListPage, parsedListPage, type ListPageReader } from './department-list-page';
import { toQueryString } from '../departments/department-query';
import type { DepartmentFailure } from '../departments/department-failure';
import { federatedPage } from './federated-page';
import { sumListSummaries, type ListSummary } from './list-summary';
import type { GatewayContext } from '../gateway-context';
import type { ListDefinition, ListQuery } from './list-definitions';
import { scannedListPages, type SplicedRecord } from './scanned-list-page';
import { formatSort, parseSort, SortError, type Identified, type SortSpec } from './sort-order';

export interface FederatedListResult<T> {
  data: T[];
  departments: string[];
  failures: DepartmentFailure[];
  /** The next page's cursor token, when there is one. */
  nextCursor: string | null;
  /** On the first page: the departments' totals and facets, summed. */
  summary: ListSummary;
}

// Parameters that position a page or choose its representation rather than shape the list: they
// stay out of the filters hash, and the gateway asks departments for JSON pages whatever `format` is.
const PAGING = ['cursor', 'limit', 'format'];

/**
 * One page of a list across departments: fan out to every department concerned, merge by the
 * list's total order, and hand out one HMAC-signed cursor that carries every department's
 * position. A department that fails is named in the failures; the others still answer.
 */
export async function federatedList<T extends Identified>(
  gateway: GatewayContext,
  list: ListDefinition,
  query: ListQuery,
): Promise<FederatedListResult<T>> {
  return federatedListOf<T>(gateway, list, query, () => parsedListPage);
}

/**
 * The same page for its JSON answer (`splicedListBody`): department pages are scanned rather than
 * parsed, so records carry the bytes their department sent. With `fields`, records are projected
 * and so parsed as for `federatedList`.
 */
export async function splicedFederatedList(
  gateway: GatewayContext,
  list: ListDefinition,
  query: ListQuery,
): Promise<FederatedListResult<SplicedRecord>> {
  return federatedListOf<SplicedRecord>(gateway, list, query, (sort, fields) => (fields ? parsedListPage : scannedListPages(sort.field)));
}

async function federatedListOf<T extends Identified>(
  gateway: GatewayContext,
  list: ListDefinition,
  query: ListQuery,
  readerFor: (sort: SortSpec, fields: readonly string[] | undefined) => ListPageReader<T>,
): Promise<FederatedListResult<T>> {
  const departments = gateway.registry.select(query.department);
  const sort = sortOf(list, query.sort);
  const filters = Object.fromEntries(
    Object.entries(query)
      .filter(([name]) => !PAGING.includes(name) && name !== 'department')
      .map(([name, value]) => [name, Array.isArray(value) ? value.map(String) : String(value)]),
  );
  // The list is part of what a cursor is for: the fees' cursor must not resume the items.
  // (Added by `Object.assign`: a spread followed by more fields is V8's slow path, see `cachedResponseOf`.)
  const filtersHash = hashFilters(
    Object.assign(filters, { list: list.operationId, departments: [...departments].sort(), sort: formatSort(sort) }),
  );
  const position = query.cursor !== undefined ? decode(gateway, query.cursor, filtersHash, formatSort(sort)) : null;
  const fields = fieldsOf(list, query);
  const departmentQuery = toQueryString(query, ['department', ...PAGING]);
  // The merge needs each record's sort field; `id` always comes. What was not asked is dropped after.
  if (fields) departmentQuery.set('fields', [...new Set([...fields, sort.field])].join(','));
  const path = getOperation(list.operationId).path;
  const readPage = readerFor(sort, fields);

  // A department's first page carries its totals and facets; pages after it leave them out.
  const firstMetas = new Map<string, Readonly<Record<string, unknown>>>();
  const page = await federatedPage<T>({
    departments,
    cursor: position,
    limit: query.limit,
    sort,
    fetchPage: async (department, request) => {
      const pageQuery = new URLSearchParams(departmentQuery);
      pageQuery.set('limit', String(request.limit));
      if (request.cursor) pageQuery.set('cursor', request.cursor);
      const fetched = await fetchDepartmentListPage<T>(gateway.registry.require(department), path, pageQuery, 'cursor', readPage);
      if (request.cursor === null && !firstMetas.has(department)) firstMetas.set(department, fetched.meta);
      return fetched;
    },
  });
  for (const failure of page.failures) gateway.metrics.partialAnswers.inc({ department: failure.department });
  return {
    data: fields ? page.data.map((record) => selectFields(record, fields) as T) : page.data,
    departments,
    failures: page.failures,
    nextCursor: page.next
      ? encodeCursor({ sort: formatSort(sort), filtersHash, departments: page.next.departments }, gateway.config.cursorSecret)
      : null,
    summary:
      position === null ? sumListSummaries([...firstMetas.values()], { failed: page.failures.length > 0, facets: facetsOf(query) }) : {},
  };
}

/** The `fields` asked, checked against the record's schema (400 naming `fields`). */
function fieldsOf(list: ListDefinition, query: ListQuery): readonly string[] | undefined {
  const fields = query['fields'];
  if (!Array.isArray(fields)) return undefined;
  const names = fields.map(String);
  checkFieldNames(list.recordSchema, names);
  return names;
}

function facetsOf(query: ListQuery): string[] {
  const facets = query['facets'];
  return Array.isArray(facets) ? facets.map(String) : [];
}

function sortOf(list: ListDefinition, requested: string | undefined) {
  try {
    return parseSort(list.sortable ? requested : undefined, list.sortFields, list.defaultSort);
  } catch (error) {
    if (error instanceof SortError)
      throw new ApiError(
        problem('validation', 400, { detail: `sort: ${error.message}`, errors: [{ pointer: '/query/sort', message: error.message }] }),
      );
    throw error;
  }
}

function decode(gateway: GatewayContext, token: string, filtersHash: string, sort: string) {
  try {
    return decodeCursor(token, gateway.config.cursorSecret, { filtersHash, sort });
  } catch (error) {
    if (error instanceof CursorError) throw cursorProblem(error, 'cursor');
    throw error;
  }
}

/** The `{ data, meta, links }` envelope of a federated list answer. */
export function listEnvelope<T>(
  result: FederatedListResult<T>,
  selfPath: string,
  selfQuery: URLSearchParams,
): { data: T[]; meta: Record<string, unknown>; links: Record<string, string> } {
  const links: Record<string, string> = {};
  if (result.nextCursor) {
    const next = new URLSearchParams(selfQuery);
    next.set('cursor', result.nextCursor);
    links['next'] = `${selfPath}?${next.toString()}`;
  }
  return {
    data: result.data,
    meta: {
      departments: result.departments,
      ...result.summary,
      ...(result.failures.length ? { partial: true, failures: result.failures } : {}),
    },
    links,
  };
}
