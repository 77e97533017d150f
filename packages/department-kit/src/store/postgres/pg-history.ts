import type { ResourceType } from '@gongkai/spec';
import type { Page, Revision, RevisionNote } from '../disclosure-store';
import { canonicalTimestamp } from '@gongkai/spec/china-time';
import { rows, type Queryable } from './pg-database';

export interface ChangeEntry {
  readonly departmentId: string;
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly revision?: number;
  readonly note: Pick<RevisionNote, 'action' | 'at'>;
  readonly title?: string;
}

/**
 * Where change numbers come from. A write takes the next one from the database as the last
 * statement of its transaction (`fromDatabase`); an import, which holds the feed position locked
 * for its whole transaction, counts them itself and stores the last one at the end.
 */
export interface FeedNumbers {
  /** The number for the next change, or `undefined` to take it from `feed_position`. */
  next(): number | undefined;
}

export const fromDatabase: FeedNumbers = { next: () => undefined };

/** Appends immutable revisions and change-feed entries, inside each write's transaction. */
export class PgHistory {
  constructor(private readonly schema: string) {}

  async revision(db: Queryable, resourceType: ResourceType, resourceId: string, revision: number, note: RevisionNote, doc: string) {
    await rows(
      db,
      `INSERT INTO ${this.schema}.revisions (resource_type, resource_id, revision, action, recorded_at, changed_fields, note, doc) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        resourceType,
        resourceId,
        revision,
        note.action,
        canonicalTimestamp(note.at),
        note.changedFields === undefined ? null : JSON.stringify(note.changedFields),
        note.note ?? null,
        doc,
      ],
    );
  }

  /**
   * Appends `entry` to the changes feed. Without a given number this updates `feed_position`,
   * whose row lock then serialises the writers of this department until each commits: the feed
   * never shows a later number while an earlier one is still in flight.
   *
   * A withdrawal takes the record's text out of the feed: its own entry carries no title, and the
   * earlier entries of the record lose theirs (a withdrawn feedback's subject is no longer public).
   */
  async change(db: Queryable, entry: ChangeEntry, numbers: FeedNumbers = fromDatabase) {
    const withdrawn = entry.note.action === 'withdrawn';
    if (withdrawn) {
      await rows(db, `UPDATE ${this.schema}.changes SET title = NULL WHERE resource_type = $1 AND resource_id = $2 AND title IS NOT NULL`, [
        entry.resourceType,
        entry.resourceId,
      ]);
    }
    const values = [
      entry.departmentId,
      entry.resourceType,
      entry.resourceId,
      entry.note.action,
      entry.revision ?? null,
      canonicalTimestamp(entry.note.at),
      withdrawn ? null : (entry.title ?? null),
    ];
    const given = numbers.next();
    const columns = 'sequence, department_id, resource_type, resource_id, action, revision, occurred_at, title';
    if (given !== undefined) {
      await rows(db, `INSERT INTO ${this.schema}.changes (${columns}) VALUES ($8, $1, $2, $3, $4, $5, $6, $7)`, [...values, given]);
      return;
    }
    await rows(
      db,
      `WITH position AS (UPDATE ${this.schema}.feed_position SET last_sequence = last_sequence + 1 RETURNING last_sequence)
       INSERT INTO ${this.schema}.changes (${columns}) SELECT last_sequence, $1, $2, $3, $4, $5, $6, $7 FROM position`,
      values,
    );
  }
}

export interface RevisionRow {
  revision: number;
  action: string;
  recorded_at: string;
  changed_fields: string | null;
  note: string | null;
  doc: string;
}

export function revisionOf<T>(row: RevisionRow, parse: (doc: string) => T = (doc) => JSON.parse(doc) as T): Revision<T> {
  return {
    revision: row.revision,
    action: row.action as Revision<T>['action'],
    recordedAt: row.recorded_at,
    ...(row.changed_fields === null ? {} : { changedFields: JSON.parse(row.changed_fields) as string[] }),
    ...(row.note === null ? {} : { note: row.note }),
    record: parse(row.doc),
  };
}

/** Revisions of one record, oldest first, keyset-paginated on the revision number. */
export async function historyPage<T>(
  db: Queryable,
  schema: string,
  resourceType: ResourceType,
  resourceId: string,
  limit: number,
  afterRevision: number,
  parse?: (doc: string) => T,
): Promise<Page<Revision<T>>> {
  const found = await rows<RevisionRow>(
    db,
    `SELECT revision, action, recorded_at, changed_fields, note, doc FROM ${schema}.revisions
      WHERE resource_type = $1 AND resource_id = $2 AND revision > $3 ORDER BY revision LIMIT $4`,
    [resourceType, resourceId, afterRevision, limit + 1],
  );
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return {
    records: page.map((row) => revisionOf<T>(row, parse)),
    next: found.length > limit && last ? [last.revision, resourceId] : null,
  };
}
