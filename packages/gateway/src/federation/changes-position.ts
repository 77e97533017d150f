import { hashFilters } from './cursor';
import { encodeFeedCursor, FEED_SORT } from './changes-cursor';
import type { GatewayContext } from '../gateway-context';

/**
 * What a changes-feed cursor is bound to: the feed, the resource type asked and the departments.
 * Written once here for `GET /v1/changes` and for the position an export hands out, so the
 * export's cursor is one the feed takes.
 */
export function changesFiltersHash(resourceType: string | undefined, departments: readonly string[]): string {
  return hashFilters({ list: 'listChanges', resourceType, departments: [...departments].sort(), sort: FEED_SORT });
}

/**
 * A gateway changes-feed cursor (`since` of `GET /v1/changes` over `departments`, every resource
 * type) that resumes each department at its own feed position.
 */
export function changesCursorAt(gateway: GatewayContext, departmentCursors: ReadonlyMap<string, string>): string {
  const positions = Object.fromEntries([...departmentCursors].map(([department, since]) => [department, { since, afterSequence: null }]));
  return encodeFeedCursor(positions, changesFiltersHash(undefined, [...departmentCursors.keys()]), gateway.config.cursorSecret);
}
