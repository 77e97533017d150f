import type pg from 'pg';
import type { AnnualReport } from '@gongkai/spec';
import { StoreConflictError, type AnnualReportArchive } from '../disclosure-store';
import { first, rows } from './pg-database';

/** Published (frozen) annual reports, one per year. */
export class PgAnnualReports implements AnnualReportArchive {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  async get(year: number): Promise<AnnualReport | undefined> {
    const row = await first<{ doc: string }>(this.pool, `SELECT doc FROM ${this.schema}.annual_reports WHERE year = $1`, [year]);
    return row === undefined ? undefined : (JSON.parse(row.doc) as AnnualReport);
  }

  async all(): Promise<AnnualReport[]> {
    const found = await rows<{ doc: string }>(this.pool, `SELECT doc FROM ${this.schema}.annual_reports ORDER BY year`);
    return found.map((row) => JSON.parse(row.doc) as AnnualReport);
  }

  async publish(report: AnnualReport): Promise<void> {
    const inserted = await rows(
      this.pool,
      `INSERT INTO ${this.schema}.annual_reports (year, doc) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING year`,
      [report.year, JSON.stringify(report)],
    );
    if (inserted.length === 0)
      throw new StoreConflictError(
        'year',
        report.year,
        `the annual report for ${report.year} is already published; a published report is not changed`,
      );
  }
}
