import { encodeCursor, hashFilters, type DepartmentPosition } from './cursor';
import type { GatewayContext } from '../gateway-context';

/** The sort the gateway's changes feed merges by; its cursors are bound to it. */
export const CHANGES_SORT = 'occurredAt';

/**
 * What a changes-feed cursor is bound to: the resource type asked and the departments. Written
 * once here for `GET /v1/changes` and for the position an export hands out.
 */
export function changesFiltersHash(resourceType: string | undefined, departments: readonly string[]): string {
  return hashFilters({ resourceType, departments: [...departments].sort(), sort: CHANGES_SORT });
}

/**
 * A gateway changes-feed cursor (`since` of `GET /v1/changes` over `departments`, every resource
 * type) that resumes each department at its own feed position.
 */
export function changesCursorAt(gateway: GatewayContext, departmentCursors: ReadonlyMap<string, string>): string {
  const departments = [...departmentCursors.keys()];
  const positions: Record<string, DepartmentPosition> = {};
  for (const [department, departmentCursor] of departmentCursors) positions[department] = { departmentCursor, after: null, done: false };
  return encodeCursor(
    { sort: CHANGES_SORT, filtersHash: changesFiltersHash(undefined, departments), departments: positions },
    gateway.config.cursorSecret,
  );
}
