import type pg from 'pg';
import type { ItemFilter } from '../disclosure-store';
import { chinaYearSql, countsOf, type ItemFacet, type ItemSummary } from '../item-summary';
import { first, Parameters, rows } from './pg-database';
import { itemConditions } from './pg-item-list';

/** Counts by facet value over the `matched` items (their `seq`). */
function facetSql(schema: string, facet: ItemFacet): string {
  const items = `SELECT %s AS value, count(*) AS n FROM ${schema}.items AS i JOIN matched ON i.seq = matched.seq GROUP BY 1`;
  switch (facet) {
    case 'category':
      return items.replace('%s', 'i.category');
    case 'division':
      return items.replace('%s', 'i.division_code');
    case 'year':
      return items.replace('%s', chinaYearSql('i.published_key'));
    case 'topic':
      return `SELECT t.topic AS value, count(*) AS n FROM ${schema}.item_topics AS t JOIN matched ON t.item_seq = matched.seq GROUP BY 1`;
  }
}

/**
 * How many items match and their facet counts, as the SQLite store counts them; in one
 * REPEATABLE READ snapshot so the count and every facet see the same items.
 */
export async function summarizeItems(
  pool: pg.Pool,
  schema: string,
  filter: ItemFilter,
  facets: readonly ItemFacet[],
  limit: number,
): Promise<ItemSummary> {
  const p = new Parameters();
  const where = itemConditions(schema, filter, p);
  const searching = Boolean(filter.terms?.length || filter.anyOf?.length || filter.without?.length);
  const matched = `SELECT seq FROM ${schema}.items ${where.length ? `WHERE ${where.join(' AND ')}` : ''}${
    searching ? ` LIMIT ${p.add(limit + 1)}` : ''
  }`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const count = Number((await first<{ n: string }>(client, `SELECT count(*) AS n FROM (${matched}) AS matched`, p.values))!.n);
    const counted: Partial<Record<ItemFacet, Record<string, number>>> = {};
    for (const facet of facets) {
      counted[facet] = countsOf(
        await rows<{ value: string | number | null; n: string }>(
          client,
          `WITH matched AS (${matched}) ${facetSql(schema, facet)}`,
          p.values,
        ),
      );
    }
    await client.query('COMMIT');
    return { total: searching ? Math.min(count, limit) : count, totalIsEstimate: searching && count > limit, facets: counted };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
