import type pg from 'pg';
import type { Alert } from '@gongkai/spec';
import { divisionPrefix } from '@gongkai/spec/division-scope';
import { instantKey } from '@gongkai/spec/china-time';
import type { AlertListQuery } from '../disclosure-store';
import { PgVersionedTable } from './pg-versioned-table';

/**
 * Emergency notices, newest issue first. `expired` depends on the moment (`expiresAt` passed),
 * so it is decided at query time, as `alertStatusAt` decides it for the answer.
 */
export function pgAlerts(pool: pg.Pool, schema: string): PgVersionedTable<Alert, AlertListQuery> {
  return new PgVersionedTable<Alert, AlertListQuery>(pool, schema, {
    table: 'alerts',
    resourceType: 'alert',
    listedAt: (alert) => alert.issuedAt,
    title: (alert) => alert.headline,
    columns: (alert) => ({
      severity: alert.severity,
      cancelled: alert.status === 'cancelled',
      expires_key: instantKey(alert.expiresAt),
      // Space-separated and space-ended, so ' 2109' finds an area inside Fuxin.
      area_codes: ` ${alert.areas.map((area) => area.code).join(' ')} `,
    }),
    filters: (query, parameters) => {
      const where: string[] = [];
      if (query.severity) where.push(`severity = ${parameters.add(query.severity)}`);
      if (query.status === 'cancelled') where.push('cancelled');
      if (query.status === 'expired') where.push(`NOT cancelled AND expires_key <= ${parameters.add(instantKey(query.now))}`);
      if (query.status === 'active') where.push(`NOT cancelled AND expires_key > ${parameters.add(instantKey(query.now))}`);
      if (query.divisionCode) where.push(`strpos(area_codes, ${parameters.add(` ${divisionPrefix(query.divisionCode)}`)}) > 0`);
      return where;
    },
  });
}
