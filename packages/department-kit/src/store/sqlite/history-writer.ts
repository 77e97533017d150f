import type Database from 'better-sqlite3';
import type { ResourceType } from '@gongkai/spec';
import type { Revision, RevisionNote } from '../disclosure-store';
import { canonicalTimestamp } from '@gongkai/spec/china-time';

export interface ChangeEntry {
  readonly departmentId: string;
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly revision?: number;
  readonly note: Pick<RevisionNote, 'action' | 'at'>;
  readonly title?: string;
}

/** Appends immutable revisions and change-feed entries; used inside each write's transaction. */
export class HistoryWriter {
  private readonly insertRevision: Database.Statement;
  private readonly insertChange: Database.Statement;
  private readonly forgetTitles: Database.Statement;

  constructor(db: Database.Database) {
    this.insertRevision = db.prepare(
      'INSERT INTO revisions (resource_type, resource_id, revision, action, recorded_at, changed_fields, note, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertChange = db.prepare(
      'INSERT INTO changes (department_id, resource_type, resource_id, action, revision, occurred_at, title) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.forgetTitles = db.prepare('UPDATE changes SET title = NULL WHERE resource_type = ? AND resource_id = ? AND title IS NOT NULL');
  }

  revision(resourceType: ResourceType, resourceId: string, revision: number, note: RevisionNote, doc: string): void {
    const changedFields = note.changedFields === undefined ? null : JSON.stringify(note.changedFields);
    this.insertRevision.run(
      resourceType,
      resourceId,
      revision,
      note.action,
      canonicalTimestamp(note.at),
      changedFields,
      note.note ?? null,
      doc,
    );
  }

  /**
   * A withdrawal takes the record's text out of the feed: its own entry carries no title, and the
   * earlier entries of the record lose theirs (a withdrawn feedback's subject is no longer public).
   */
  change(entry: ChangeEntry): void {
    const withdrawn = entry.note.action === 'withdrawn';
    if (withdrawn) this.forgetTitles.run(entry.resourceType, entry.resourceId);
    this.insertChange.run(
      entry.departmentId,
      entry.resourceType,
      entry.resourceId,
      entry.note.action,
      entry.revision ?? null,
      canonicalTimestamp(entry.note.at),
      withdrawn ? null : (entry.title ?? null),
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
export function historyPage<T>(
  db: Database.Database,
  resourceType: ResourceType,
  resourceId: string,
  limit: number,
  afterRevision: number,
  parse?: (doc: string) => T,
): { records: Revision<T>[]; next: readonly [number, string] | null } {
  const rows = db
    .prepare(
      'SELECT revision, action, recorded_at, changed_fields, note, doc FROM revisions WHERE resource_type = ? AND resource_id = ? AND revision > ? ORDER BY revision LIMIT ?',
    )
    .all(resourceType, resourceId, afterRevision, limit + 1) as RevisionRow[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    records: page.map((row) => revisionOf<T>(row, parse)),
    next: rows.length > limit && last ? [last.revision, resourceId] : null,
  };
}
