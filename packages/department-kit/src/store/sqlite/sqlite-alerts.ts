import type Database from 'better-sqlite3';
import type { Alert } from '@gongkai/spec';
import { divisionPrefix } from '@gongkai/spec/division-scope';
import { instantKey } from '@gongkai/spec/china-time';
import type { AlertListQuery } from '../disclosure-store';
import { SqliteVersionedTable } from './versioned-table';

/**
 * Emergency notices, newest issue first. `expired` depends on the moment (`expiresAt` passed),
 * so it is decided at query time, as `alertStatusAt` decides it for the answer.
 */
export function sqliteAlerts(db: Database.Database): SqliteVersionedTable<Alert, AlertListQuery> {
  return new SqliteVersionedTable<Alert, AlertListQuery>(db, {
    table: 'alerts',
    resourceType: 'alert',
    listedAt: (alert) => alert.issuedAt,
    title: (alert) => alert.headline,
    columnNames: ['severity', 'cancelled', 'expires_key', 'area_codes'],
    columns: (alert) => ({
      severity: alert.severity,
      cancelled: alert.status === 'cancelled' ? 1 : 0,
      expires_key: instantKey(alert.expiresAt),
      // Space-separated and space-ended, so `LIKE '% 2109%'` finds an area inside Fuxin.
      area_codes: ` ${alert.areas.map((area) => area.code).join(' ')} `,
    }),
    filters: (query) => {
      const sql: string[] = [];
      const params: unknown[] = [];
      if (query.severity) {
        sql.push('severity = ?');
        params.push(query.severity);
      }
      const now = instantKey(query.now);
      if (query.status === 'cancelled') sql.push('cancelled = 1');
      if (query.status === 'expired') {
        sql.push('cancelled = 0 AND expires_key <= ?');
        params.push(now);
      }
      if (query.status === 'active') {
        sql.push('cancelled = 0 AND expires_key > ?');
        params.push(now);
      }
      if (query.divisionCode) {
        sql.push('instr(area_codes, ?) > 0');
        params.push(` ${divisionPrefix(query.divisionCode)}`);
      }
      return { sql, params };
    },
  });
}
