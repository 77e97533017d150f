import type { AnnualReport, ComplianceScoreboard } from '@gongkai/spec';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import type { QueryOf } from '../types';

export type AnnualReportQuery = QueryOf<'getAnnualReport'>;
export type ComplianceQuery = QueryOf<'getCompliance'>;

/** The annual report (Art. 49–50) and the compliance measures (Art. 47, 53). */
export interface ReportsResource {
  /** Tables 2–4 of the annual report (2021 format) for a year: one department's, or the sum over all. */
  annual(query: AnnualReportQuery, options?: CallOptions): Promise<AnnualReport>;
  /** What software can measure of each body's disclosure duties; without `department` a scoreboard of all. */
  compliance(query?: ComplianceQuery, options?: CallOptions): Promise<ComplianceScoreboard>;
}

export function reportsResource(t: Transport): ReportsResource {
  return {
    annual: (query, options) => unwrap(t.api.GET('/v1/reports/annual', { params: { query }, ...options })),
    compliance: (query, options) => unwrap(t.api.GET('/v1/compliance', { params: { query }, ...options })),
  };
}
