import type { Alert, Budget, DisclosureItem, FeeSchedule, Feedback } from '../generated/openapi-types';
import { ALERT_CSV, BUDGET_CSV, FEE_CSV, FEEDBACK_CSV, ITEM_CSV, type CsvTable } from '../representations/csv-tables';

/** The kinds of record `GET /v1/exports/{kind}` exports, and the record each line holds. */
export interface ExportRecords {
  readonly items: DisclosureItem;
  readonly fees: FeeSchedule;
  readonly budgets: Budget;
  readonly alerts: Alert;
  readonly feedback: Feedback;
}

export type ExportKind = keyof ExportRecords;

export const EXPORT_KINDS: readonly ExportKind[] = ['items', 'fees', 'budgets', 'alerts', 'feedback'];

/** The CSV of each kind: the same columns as its list's CSV. */
export const EXPORT_CSV_TABLES: { readonly [K in ExportKind]: CsvTable<ExportRecords[K]> } = {
  items: ITEM_CSV,
  fees: FEE_CSV,
  budgets: BUDGET_CSV,
  alerts: ALERT_CSV,
  feedback: FEEDBACK_CSV,
};

const FILE_EXTENSIONS = { ndjson: 'ndjson.gz', 'ndjson-plain': 'ndjson', csv: 'csv' } as const;

/** The file name an export is saved under: `gongkai-items-ln-finance-2026-12-03.ndjson.gz`. */
export function exportFileName(kind: ExportKind, scope: string, chinaDate: string, format: 'ndjson' | 'ndjson-plain' | 'csv'): string {
  return `gongkai-${kind}-${scope}-${chinaDate}.${FILE_EXTENSIONS[format]}`;
}
