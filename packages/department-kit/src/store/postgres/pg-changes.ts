import type pg from 'pg';
import type { Change } from '@gongkai/spec';
import type { ChangeCollection, ChangeListQuery } from '../disclosure-store';
import { first, Parameters, rows } from './pg-database';

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

/**
 * The changes feed. Its numbers are assigned in commit order (see `PgHistory.change`), so every
 * committed prefix is gap-free and a reader that resumes after the last number it saw misses
 * nothing, whichever replica wrote.
 */
export class PgChanges implements ChangeCollection {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  async list(query: ChangeListQuery): Promise<{ records: Change[]; more: boolean }> {
    const parameters = new Parameters();
    const where = [`sequence > ${parameters.add(query.afterSequence)}`];
    if (query.resourceType) where.push(`resource_type = ${parameters.add(query.resourceType)}`);
    const limit = parameters.add(query.limit + 1);
    const found = await rows<ChangeRow>(
      this.pool,
      `SELECT sequence, department_id, resource_type, resource_id, action, revision, occurred_at, title FROM ${this.schema}.changes
        WHERE ${where.join(' AND ')} ORDER BY sequence LIMIT ${limit}`,
      parameters.values,
    );
    return { records: found.slice(0, query.limit).map(changeOf), more: found.length > query.limit };
  }

  async latestSequence(): Promise<number> {
    const row = await first<{ latest: number | null }>(this.pool, `SELECT max(sequence) AS latest FROM ${this.schema}.changes`);
    return row?.latest ?? 0;
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
