import type Database from 'better-sqlite3';
import type { FeeSchedule } from '@gongkai/spec';
import { divisionPrefix } from '@gongkai/spec/division-scope';
import type { FeeListQuery } from '../disclosure-store';
import { searchConditions } from '../search-conditions';
import { searchText } from '../search-terms';
import { SqliteVersionedTable } from './versioned-table';

/**
 * Fee schedules. Whether one is expired depends on the day (`validTo` before today), so it is
 * decided at query time, as `feeStatusOn` decides it for the answer.
 */
export function sqliteFees(db: Database.Database, searchCountLimit?: number): SqliteVersionedTable<FeeSchedule, FeeListQuery> {
  return new SqliteVersionedTable<FeeSchedule, FeeListQuery>(
    db,
    {
      table: 'fees',
      resourceType: 'fee',
      listedAt: (fee) => fee.publishedAt,
      title: (fee) => fee.name,
      columnNames: ['division_code', 'level', 'withdrawn', 'valid_to', 'search_text'],
      columns: (fee) => ({
        division_code: fee.division.code,
        level: fee.level,
        withdrawn: fee.status === 'withdrawn' ? 1 : 0,
        valid_to: fee.validTo ?? null,
        search_text: searchText([
          fee.name,
          fee.code,
          ...fee.legalBasis,
          fee.approvingAuthority,
          fee.approvalDocumentNumber,
          fee.collectingBody,
          fee.standard.description,
          fee.division.name,
        ]),
      }),
      filters: (query) => {
        const sql: string[] = [];
        const params: unknown[] = [];
        if (query.divisionCode) {
          sql.push('division_code GLOB ?');
          params.push(`${divisionPrefix(query.divisionCode)}*`);
        }
        if (query.level) {
          sql.push('level = ?');
          params.push(query.level);
        }
        if (query.status === 'withdrawn') sql.push('withdrawn = 1');
        if (query.status === 'expired') {
          sql.push('withdrawn = 0 AND valid_to < ?');
          params.push(query.today);
        }
        if (query.status === 'active') {
          sql.push('withdrawn = 0 AND (valid_to IS NULL OR valid_to >= ?)');
          params.push(query.today);
        }
        // The conditions list each term where its `?` stands, so the parameters follow in that order.
        sql.push(...searchConditions(query, () => 'instr(search_text, ?) > 0'));
        params.push(...(query.terms ?? []), ...(query.anyOf ?? []).flat(), ...(query.without ?? []));
        return { sql, params };
      },
    },
    searchCountLimit,
  );
}
