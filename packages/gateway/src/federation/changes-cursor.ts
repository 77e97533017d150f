/**
 * The changes feed's `since` token: the signed federated cursor, holding per department its own
 * `since` and the last sequence handed out. The sequence takes the place a list's cursor gives to
 * the last sort key, because a department's feed is ordered by its sequence.
 */
import { decodeCursor, encodeCursor, type CursorSecret, type DepartmentPosition } from './cursor';
import type { FeedPosition } from './changes-merge';

/** The sort a feed cursor is issued for; kept from the first gateway so its tokens stay valid. */
export const FEED_SORT = 'occurredAt';

export function encodeFeedCursor(positions: Readonly<Record<string, FeedPosition>>, filtersHash: string, secret: CursorSecret): string {
  const departments = Object.fromEntries(
    Object.entries(positions).map(([department, { since, afterSequence }]): [string, DepartmentPosition] => [
      department,
      { departmentCursor: since, after: afterSequence === null ? null : [afterSequence, `${department}:${afterSequence}`], done: false },
    ]),
  );
  return encodeCursor({ sort: FEED_SORT, filtersHash, departments }, secret);
}

/** Throws `CursorError` for a token this gateway did not issue for these filters. */
export function decodeFeedCursor(token: string, secret: CursorSecret, filtersHash: string): Record<string, FeedPosition> {
  const cursor = decodeCursor(token, secret, { filtersHash, sort: FEED_SORT });
  return Object.fromEntries(
    Object.entries(cursor.departments).map(([department, position]) => [
      department,
      { since: position.departmentCursor, afterSequence: afterSequenceOf(position) },
    ]),
  );
}

// Tokens of earlier gateways kept the last change's `[occurredAt, id]`; a change id is
// `<departmentId>:<sequence>`, so the sequence is still there.
function afterSequenceOf(position: DepartmentPosition): number | null {
  if (position.after === null) return null;
  const [value, id] = position.after;
  if (typeof value === 'number') return value;
  const sequence = Number(id.slice(id.lastIndexOf(':') + 1));
  return Number.isSafeInteger(sequence) ? sequence : null;
}
