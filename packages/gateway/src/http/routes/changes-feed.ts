import type { Context } from 'koa';
import type { Change, OperationParameters } from '@gongkai/spec';
import { CursorError, decodeCursor, encodeCursor, hashFilters, type DepartmentPosition } from '../../federation/cursor';
import { cursorProblem } from '../../federation/cursor-problem';
import { fetchDepartmentListPage } from '../../federation/department-list-page';
import { toQueryString } from '../../departments/department-query';
import { federatedPage } from '../../federation/federated-page';
import type { GatewayContext } from '../../gateway-context';
import { sendJson } from '../send-cached';
import type { SortSpec } from '../../federation/sort-order';

const ORDER: SortSpec = { field: 'occurredAt', direction: 'asc' };
const SORT = 'occurredAt';

/**
 * `GET /v1/changes` across departments. Each department numbers its own changes; the gateway
 * merges them by `occurredAt` and keeps, per department, the department's own `since` position.
 * Unlike a list, the feed never ends: `meta.cursor` is on every page (also the last) so a client
 * resumes exactly where it stopped, and `links.next` only while changes are waiting.
 */
export async function answerChanges(ctx: Context, gateway: GatewayContext, params: OperationParameters<'listChanges'>): Promise<void> {
  const query = params.query;
  const departments = gateway.registry.select(query.department);
  const filtersHash = hashFilters({
    list: 'listChanges',
    resourceType: query.resourceType,
    departments: [...departments].sort(),
    sort: SORT,
  });
  const since = query.since !== undefined ? decodeSince(gateway, query.since, filtersHash) : null;
  const departmentQuery = toQueryString(query, ['department', 'since', 'limit']);
  const resumeAt = new Map<string, string | null>();

  const page = await federatedPage<Change>({
    departments,
    cursor: since,
    limit: query.limit,
    sort: ORDER,
    fetchPage: async (department, request) => {
      const pageQuery = new URLSearchParams(departmentQuery);
      pageQuery.set('limit', String(request.limit));
      if (request.cursor) pageQuery.set('since', request.cursor);
      const fetched = await fetchDepartmentListPage<Change>(gateway.registry.require(department), '/v1/changes', pageQuery);
      resumeAt.set(department, fetched.resumeCursor);
      return { data: fetched.data, next: fetched.next !== null ? fetched.resumeCursor : null };
    },
  });

  const previous = since?.departments ?? {};
  const positions: Record<string, DepartmentPosition> = {};
  let waiting = false;
  for (const department of departments) {
    const position = page.next?.departments[department];
    if (position && !position.done) {
      positions[department] = position;
      waiting ||= !page.failures.some((failure) => failure.department === department);
    } else {
      // Caught up: resume from the department's own position after its last change.
      const resume = resumeAt.get(department) ?? previous[department]?.departmentCursor ?? null;
      positions[department] = { departmentCursor: resume, after: null, done: false };
    }
  }
  const cursor = encodeCursor({ sort: SORT, filtersHash, departments: positions }, gateway.config.cursorSecret);
  const nextQuery = toQueryString(query, ['since']);
  nextQuery.set('since', cursor);
  sendJson(
    ctx,
    {
      data: page.data,
      meta: { departments, cursor, ...(page.failures.length ? { partial: true, failures: page.failures } : {}) },
      links: waiting ? { next: `${ctx.path}?${nextQuery.toString()}` } : {},
    },
    'no-cache',
  );
}

function decodeSince(gateway: GatewayContext, token: string, filtersHash: string) {
  try {
    return decodeCursor(token, gateway.config.cursorSecret, { filtersHash, sort: SORT });
  } catch (error) {
    if (error instanceof CursorError) throw cursorProblem(error, 'since');
    throw error;
  }
}
