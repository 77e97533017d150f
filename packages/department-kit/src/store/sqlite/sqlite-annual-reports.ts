import type Database from 'better-sqlite3';
import type { AnnualReport } from '@gongkai/spec';
import { StoreConflictError, type AnnualReportArchive } from '../disclosure-store';
import { StatementCache } from './statement-cache';

/** Published (frozen) annual reports, one per year. */
export class SqliteAnnualReports implements AnnualReportArchive {
  private readonly statements: StatementCache;

  constructor(db: Database.Database) {
    this.statements = new StatementCache(db);
  }

  async get(year: number): Promise<AnnualReport | undefined> {
    const doc = this.statements.get('SELECT doc FROM annual_reports WHERE year = ?').pluck().get(year) as string | undefined;
    return doc === undefined ? undefined : (JSON.parse(doc) as AnnualReport);
  }

  async all(): Promise<AnnualReport[]> {
    const docs = this.statements.get('SELECT doc FROM annual_reports ORDER BY year').pluck().all() as string[];
    return docs.map((doc) => JSON.parse(doc) as AnnualReport);
  }

  async publish(report: AnnualReport): Promise<void> {
    const { changes } = this.statements
      .get('INSERT OR IGNORE INTO annual_reports (year, doc) VALUES (?, ?)')
      .run(report.year, JSON.stringify(report));
    if (changes === 0)
      throw new StoreConflictError(
        'year',
        report.year,
        `the annual report for ${report.year} is already published; a published report is not changed`,
      );
  }
}
