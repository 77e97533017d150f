import type { Alert, Budget, DisclosureItem, FeeSchedule, Feedback } from '../generated/openapi-types';
import { toCsv, type CsvCell } from './csv';

/** How one kind of record becomes CSV: its header and the rows of one record (a budget has several). */
export interface CsvTable<T> {
  readonly columns: readonly string[];
  readonly rows: (record: T) => CsvCell[][];
}

export const FEE_CSV_COLUMNS = [
  'id',
  'departmentId',
  'code',
  'name',
  'amount',
  'unit',
  'upTo',
  'legalBasis',
  'approvingAuthority',
  'approvalDocumentNumber',
  'collectingBody',
  'divisionCode',
  'divisionName',
  'level',
  'validFrom',
  'validTo',
  'status',
  'publishedAt',
] as const;

/** Fee schedules, one row each; several legal bases are separated by `; `. */
export const FEE_CSV: CsvTable<FeeSchedule> = {
  columns: FEE_CSV_COLUMNS,
  rows: (fee) => [
    [
      fee.id,
      fee.departmentId,
      fee.code,
      fee.name,
      fee.standard?.amount,
      fee.standard?.unit,
      fee.standard?.upTo ?? false,
      (fee.legalBasis ?? []).join('; '),
      fee.approvingAuthority,
      fee.approvalDocumentNumber,
      fee.collectingBody,
      fee.division?.code,
      fee.division?.name,
      fee.level,
      fee.validFrom,
      fee.validTo,
      fee.status,
      fee.publishedAt,
    ],
  ],
};

export const BUDGET_CSV_COLUMNS = ['budgetId', 'departmentId', 'year', 'kind', 'section', 'code', 'name', 'amount'] as const;

/** Budgets, one row per line: revenue, expenditure, then the three public expenses. */
export const BUDGET_CSV: CsvTable<Budget> = {
  columns: BUDGET_CSV_COLUMNS,
  rows: (budget) => {
    const row = (section: string, code: string, name: string, amount: string | undefined): CsvCell[] => [
      budget.id,
      budget.departmentId,
      budget.year,
      budget.kind,
      section,
      code,
      name,
      amount,
    ];
    const three = budget.threePublicExpenses;
    return [
      ...(budget.revenue ?? []).map((line) => row('revenue', line.code, line.name, line.amount)),
      ...(budget.expenditure ?? []).map((line) => row('expenditure', line.code, line.name, line.amount)),
      ...(three
        ? [
            row('threePublicExpenses', '', '三公经费合计', three.total),
            row('threePublicExpenses', '', '因公出国（境）费', three.travelAbroad),
            row('threePublicExpenses', '', '公务用车购置费', three.vehicles?.purchase),
            row('threePublicExpenses', '', '公务用车运行维护费', three.vehicles?.operation),
            row('threePublicExpenses', '', '公务接待费', three.receptions),
          ]
        : []),
    ];
  },
};

export const ITEM_CSV_COLUMNS = [
  'id',
  'departmentId',
  'indexNumber',
  'title',
  'documentNumber',
  'genre',
  'category',
  'topics',
  'keywords',
  'validity',
  'issuingBody',
  'divisionCode',
  'divisionName',
  'level',
  'writtenOn',
  'publishedAt',
  'updatedAt',
  'revision',
  'status',
  'summary',
  'body',
  'url',
] as const;

/**
 * Disclosure items, one row each; topics and keywords are separated by `; `. `body` is empty where the answer has none (lists).
 * Every table reads its records defensively: a list cut down by `fields=`, or a department's answer, may lack any field.
 */
export const ITEM_CSV: CsvTable<DisclosureItem> = {
  columns: ITEM_CSV_COLUMNS,
  rows: (item) => [
    [
      item.id,
      item.departmentId,
      item.indexNumber,
      item.title,
      item.documentNumber,
      item.genre,
      item.category,
      (item.topics ?? []).join('; '),
      (item.keywords ?? []).join('; '),
      item.validity,
      item.issuingBody,
      item.division?.code,
      item.division?.name,
      item.level,
      item.writtenOn,
      item.publishedAt,
      item.updatedAt,
      item.revision,
      item.status,
      item.summary,
      item.body,
      item.url,
    ],
  ],
};

export const ALERT_CSV_COLUMNS = [
  'id',
  'departmentId',
  'type',
  'event',
  'severity',
  'headline',
  'description',
  'instructions',
  'areaCodes',
  'areaNames',
  'issuedAt',
  'updatedAt',
  'effectiveAt',
  'expiresAt',
  'status',
  'msgType',
] as const;

/** Emergency notices, one row each; the areas' codes and names are separated by `; `, in the same order. */
export const ALERT_CSV: CsvTable<Alert> = {
  columns: ALERT_CSV_COLUMNS,
  rows: (alert) => [
    [
      alert.id,
      alert.departmentId,
      alert.type,
      alert.event,
      alert.severity,
      alert.headline,
      alert.description,
      alert.instructions,
      (alert.areas ?? []).map((area) => area.code).join('; '),
      (alert.areas ?? []).map((area) => area.name).join('; '),
      alert.issuedAt,
      alert.updatedAt,
      alert.effectiveAt,
      alert.expiresAt,
      alert.status,
      alert.msgType,
    ],
  ],
};

export const FEEDBACK_CSV_COLUMNS = [
  'id',
  'departmentId',
  'kind',
  'subject',
  'content',
  'stage',
  'submittedAt',
  'replyDueOn',
  'replyContent',
  'repliedAt',
  'repliedBy',
  'ratingLevel',
  'ratingLabel',
  'badReview',
  'ratedAt',
  'relatedItemId',
] as const;

/** Published feedback, one row each, with its public reply and rating (never the submitter). */
export const FEEDBACK_CSV: CsvTable<Feedback> = {
  columns: FEEDBACK_CSV_COLUMNS,
  rows: (feedback) => [
    [
      feedback.id,
      feedback.departmentId,
      feedback.kind,
      feedback.subject,
      feedback.content,
      feedback.stage,
      feedback.submittedAt,
      feedback.replyDueOn,
      feedback.reply?.content,
      feedback.reply?.repliedAt,
      feedback.reply?.repliedBy,
      feedback.rating?.level,
      feedback.rating?.label,
      feedback.rating?.badReview,
      feedback.rating?.ratedAt,
      feedback.relatedItemId,
    ],
  ],
};

/** A whole CSV file of `records` by `table`. */
export function tableToCsv<T>(table: CsvTable<T>, records: readonly T[]): string {
  return toCsv(table.columns, records.flatMap(table.rows));
}

export const feesToCsv = (fees: readonly FeeSchedule[]): string => tableToCsv(FEE_CSV, fees);
export const budgetsToCsv = (budgets: readonly Budget[]): string => tableToCsv(BUDGET_CSV, budgets);
export const itemsToCsv = (items: readonly DisclosureItem[]): string => tableToCsv(ITEM_CSV, items);
export const alertsToCsv = (alerts: readonly Alert[]): string => tableToCsv(ALERT_CSV, alerts);
export const feedbackToCsv = (feedback: readonly Feedback[]): string => tableToCsv(FEEDBACK_CSV, feedback);
