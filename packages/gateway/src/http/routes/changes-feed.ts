import type { Context } from 'koa';
import type { Change, OperationParameters } from '@gongkai/spec';
import { decodeFeedCursor, encodeFeedCursor } from '../../federation/changes-cursor';
import { changesFiltersHash } from '../../federation/changes-position';
import { mergeChanges, type FeedPosition } from '../../federation/changes-merge';
import { CursorError } from '../../federation/cursor';
import { cursorProblem } from '../../federation/cursor-problem';
import { fetchDepartmentListPage } from '../../federation/department-list-page';
import { toQueryString } from '../../departments/department-query';
import type { GatewayContext } from '../../gateway-context';
import { sendJson } from '../send-cached';

/**
 * `GET /v1/changes` across departments. Each department numbers its own changes; the gateway
 * merges the departments' queues by `occurredAt` (`federation/changes-merge.ts`) and keeps, per
 * department, the department's own `since` position and the last sequence handed out. Unlike a
 * list, the feed never ends: `meta.cursor` is on every page (also the last) so a client resumes
 * exactly where it stopped, and `links.next` only while changes are waiting.
 */
export async function answerChanges(ctx: Context, gateway: GatewayContext, params: OperationParameters<'listChanges'>): Promise<void> {
  const query = params.query;
  const departments = gateway.registry.select(query.department);
  const filtersHash = changesFiltersHash(query.resourceType, departments);
  const positions = query.since !== undefined ? decodeSince(gateway, query.since, filtersHash) : {};
  const departmentQuery = toQueryString(query, ['department', 'since', 'limit']);

  const page = await mergeChanges({
    departments,
    positions,
    limit: query.limit,
    fetchPage: async (department, request) => {
      const pageQuery = new URLSearchParams(departmentQuery);
      pageQuery.set('limit', String(request.limit));
      if (request.since) pageQuery.set('since', request.since);
      const fetched = await fetchDepartmentListPage<Change>(gateway.registry.require(department), '/v1/changes', pageQuery, 'since');
      return { data: fetched.data, next: fetched.next, resume: fetched.resumeCursor };
    },
  });
  for (const failure of page.failures) gateway.metrics.partialAnswers.inc({ department: failure.department });

  const cursor = encodeFeedCursor(page.positions, filtersHash, gateway.config.cursorSecret);
  const nextQuery = toQueryString(query, ['since']);
  nextQuery.set('since', cursor);
  sendJson(
    ctx,
    {
      data: page.data,
      meta: { departments, cursor, ...(page.failures.length ? { partial: true, failures: page.failures } : {}) },
      links: page.waiting ? { next: `${ctx.path}?${nextQuery.toString()}` } : {},
    },
    'no-cache',
  );
}

function decodeSince(gateway: GatewayContext, token: string, filtersHash: string): Record<string, FeedPosition> {
  try {
    return decodeFeedCursor(token, gateway.config.cursorSecret, filtersHash);
  } catch (error) {
    if (error instanceof CursorError) throw cursorProblem(error, 'since');
    throw error;
  }
}
