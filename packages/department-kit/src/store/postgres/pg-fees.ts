import type pg from 'pg';
import type { FeeSchedule } from '@gongkai/spec';
import { divisionPrefix } from '@gongkai/spec/division-scope';
import type { FeeListQuery } from '../disclosure-store';
import { searchConditions } from '../search-conditions';
import { searchText } from '../search-terms';
import { PgVersionedTable } from './pg-versioned-table';

/**
 * Fee schedules. Whether one is expired depends on the day (`validTo` before today), so it is
 * decided at query time, as `feeStatusOn` decides it for the answer.
 */
export function pgFees(pool: pg.Pool, schema: string, searchCountLimit?: number): PgVersionedTable<FeeSchedule, FeeListQuery> {
  return new PgVersionedTable<FeeSchedule, FeeListQuery>(
    pool,
    schema,
    {
      table: 'fees',
      resourceType: 'fee',
      listedAt: (fee) => fee.publishedAt,
      title: (fee) => fee.name,
      columns: (fee) => ({
        division_code: fee.division.code,
        level: fee.level,
        withdrawn: fee.status === 'withdrawn',
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
      filters: (query, parameters) => {
        const where: string[] = [];
        if (query.divisionCode) where.push(`starts_with(division_code, ${parameters.add(divisionPrefix(query.divisionCode))})`);
        if (query.level) where.push(`level = ${parameters.add(query.level)}`);
        if (query.status === 'withdrawn') where.push('withdrawn');
        if (query.status === 'expired') where.push(`NOT withdrawn AND valid_to < ${parameters.add(query.today)}`);
        if (query.status === 'active') where.push(`NOT withdrawn AND (valid_to IS NULL OR valid_to >= ${parameters.add(query.today)})`);
        where.push(...searchConditions(query, (term) => `strpos(search_text, ${parameters.add(term)}) > 0`));
        return where;
      },
    },
    searchCountLimit,
  );
}
