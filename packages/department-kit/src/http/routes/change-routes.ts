import { ApiError, validationProblem } from '@gongkai/spec';
import { asksForUs, type DepartmentContext } from '../department-context';
import { nextLink } from '../list-answer';
import { changesPosition as position } from '../changes-position';
import { decodeCursor } from '../list-cursor';
import type { OperationHandlers } from '../operation-router';

export function changeHandlers(context: DepartmentContext): Pick<OperationHandlers, 'listChanges'> {
  return {
    async listChanges({ query }, ctx) {
      const since = query.since === undefined ? 0 : decodeCursor(query.since, {}, 'since')[0];
      if (typeof since !== 'number' || since < 0)
        throw new ApiError(
          validationProblem([{ pointer: '/query/since', message: 'is not a position in this feed; pass meta.cursor back unchanged' }]),
        );
      if (!asksForUs(context, query.department)) return { json: { data: [], meta: { cursor: position(since) }, links: {} } };
      const { records, more } = await context.store.changes.list({
        afterSequence: since,
        limit: query.limit ?? 20,
        ...(query.resourceType ? { resourceType: query.resourceType } : {}),
      });
      // Resume after the last entry; with nothing new, where the client already was.
      const cursor = position(records.at(-1)?.sequence ?? since);
      return { json: { data: records, meta: { cursor }, links: more ? { next: nextLink(ctx, 'since', cursor) } : {} } };
    },
  };
}
