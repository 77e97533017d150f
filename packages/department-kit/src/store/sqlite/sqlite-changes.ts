import type Database from 'better-sqlite3';
import type { Change } from '@gongkai/spec';
import type { ChangeCollection, ChangeListQuery } from '../disclosure-store';
import { StatementCache } from './statement-cache';

interface ChangeRow {
  sequence: number;
  department_id: string;
  resource_type: Change['resourceType'];
  resource_id: string;
  action: Change['action'];
  revision: number | null;
  occurred_at: string;
  title: string | null;
}

/** The changes feed: AUTOINCREMENT makes the sequence monotonic and never reused. */
export class SqliteChanges implements ChangeCollection {
  private readonly statements: StatementCache;

  constructor(db: Database.Database) {
    this.statements = new StatementCache(db);
  }

  async list(query: ChangeListQuery): Promise<{ records: Change[]; more: boolean }> {
    const byType = query.resourceType ? 'AND resource_type = ?' : '';
    const params: unknown[] = [query.afterSequence, ...(query.resourceType ? [query.resourceType] : []), query.limit + 1];
    const rows = this.statements
      .get(`SELECT * FROM changes WHERE sequence > ? ${byType} ORDER BY sequence LIMIT ?`)
      .all(...params) as ChangeRow[];
    return { records: rows.slice(0, query.limit).map(changeOf), more: rows.length > query.limit };
  }

  async latestSequence(): Promise<number> {
    return (this.statements.get('SELECT max(sequence) FROM changes').pluck().get() as number | null) ?? 0;
  }
}

function changeOf(row: ChangeRow): Change {
  return {
    id: `${row.department_id}:${row.sequence}`,
    sequence: row.sequence,
    departmentId: row.department_id,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    action: row.action,
    ...(row.revision === null ? {} : { revision: row.revision }),
    occurredAt: row.occurred_at,
    ...(row.title === null ? {} : { title: row.title }),
  };
}
