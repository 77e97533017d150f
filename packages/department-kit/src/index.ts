// The public API of @gongkai/department-kit. Re-exports only.

// The app
export { createDepartmentApp } from './http/create-department-app';
export type { DepartmentAppOptions, DepartmentApp } from './http/create-department-app';

// Stores
export { StoreConflictError } from './store/disclosure-store';
export type {
  DisclosureStore,
  ItemCollection,
  VersionedCollection,
  FeedbackCollection,
  RequestCollection,
  ChangeCollection,
  IdempotencyKeys,
  AnnualReportArchive,
  ItemListQuery,
  ItemFilter,
  ItemSort,
  FeeListQuery,
  BudgetListQuery,
  AlertListQuery,
  FeedbackListQuery,
  RequestListQuery,
  ChangeListQuery,
  FeedbackRecord,
  FeedbackChange,
  RequestRecord,
  Page,
  PageRequest,
  SortKey,
  Revision,
  RevisionNote,
  StoredResponse,
  IdempotencyClaim,
  ImportBatch,
  ImportedHistory,
  ProgressListener,
} from './store/disclosure-store';
export { openSqliteStore } from './store/sqlite/open-sqlite-store';
export type { SqliteStore, SqliteStoreOptions } from './store/sqlite/open-sqlite-store';
export { openPostgresStore, departmentSchema } from './store/postgres/open-postgres-store';
export type { PostgresStore, PostgresStoreOptions } from './store/postgres/open-postgres-store';

// Working-day calendar
export { chineseDaysCalendar, calendarFromChineseDays } from './calendar/chinese-days-calendar';
export type { ChineseDaysData } from './calendar/chinese-days-calendar';
export { layerCalendar } from './calendar/layer-calendar';
export { loadCalendarFile } from './calendar/load-calendar-file';
export { parseCalendarLayer } from './calendar/parse-calendar-layer';
export { CalendarFileError } from './calendar/calendar-file-error';
export { CALENDAR_LAYER_FORMAT } from './calendar/calendar-layer';
export type { CalendarLayer, LayerYear, LocalClosure } from './calendar/calendar-layer';
export { addWorkingDays } from './calendar/add-working-days';
export type { ClockPause, DueDeadline, StoppedDeadline, WorkingDayDeadline } from './calendar/add-working-days';
export { countWorkingDays } from './calendar/count-working-days';
export type { WorkingDayCount } from './calendar/count-working-days';
export { isCalendarDate } from './calendar/calendar-date';
export type { CalendarDate } from './calendar/calendar-date';
export type { WorkingDayCalendar } from './calendar/working-day-calendar';

// Request clock, timeliness and fees
export { computeRequestClock } from './requests/compute-request-clock';
export { ClockRuleError } from './requests/clock-rule-error';
export type { ClockRuleCode } from './requests/clock-rule-error';
export { receiptDate, ReceiptEvidenceError } from './requests/receipt-date';
export type { ReceiptChannel, ReceiptEvidence } from './requests/receipt-date';
export { isOverdue, repliedOnTime } from './requests/reply-timeliness';
export type { RequestClock, RequestClockOptions, RequestClockPause, RequestClockState, PauseReason } from './requests/request-clock';
export type { RequestClockEvent, RequestClockEventType, ConsultedParty } from './requests/request-clock-event';
export { processingFee, perPieceBand, perPageBand } from './fees/processing-fee';
export type {
  ProcessingFee as ProcessingFeeComputation,
  FeeQuantity,
  FeeBand,
  PerPieceQuantity,
  PerPageQuantity,
} from './fees/processing-fee';
export { measureTimeliness, PUBLICATION_WORKING_DAYS } from './items/timeliness';
export { publicationLimitOf, checkPublicationLimits } from './items/publication-limits';
export type { PublicationLimits } from './items/publication-limits';
export { isFixedStatutoryHoliday } from './calendar/fixed-statutory-holidays';
export { defaultIndexNumberScheme } from './items/index-number';
export type { IndexNumberScheme } from './items/index-number';
export { defaultFeedbackPolicy, feedbackPolicy } from './feedback/feedback-policy';
export type { FeedbackPolicy } from './feedback/feedback-policy';
export { RuleViolation, StateConflict } from './domain-errors';

// Reports
export { deriveAnnualReport } from './reports/annual-report';
export type { AnnualReportSources } from './reports/annual-report';
export { annualReportDueOn, checkAnnualReportDueDates } from './reports/due-on';
export type { AnnualReportDueDates } from './reports/due-on';
export { measureCompliance } from './reports/compliance';
export type { ComplianceSources } from './reports/compliance';

// Dataset loading and import
export { importDataset } from './dataset/import-dataset';
export type { ImportOptions, ImportSummary, SourceNaming } from './dataset/import-dataset';
export { importFile, readDatasetFile, IMPORT_EXTENSIONS } from './dataset/import-file';
export type { ImportMode, DatasetKind, KindOutcome } from './dataset/import-plan';
export { exportDataset } from './dataset/export-dataset';
export type { DatasetExport } from './dataset/export-dataset';
export { ImportRejected, describeProblem, describeProblemsByRecord } from './dataset/import-problems';
export type { ImportProblem, ImportOutcome } from './dataset/import-problems';
export { itemsFromSheet } from './dataset/spreadsheet/items-from-sheet';
export type { ItemDefaults, SheetItem, SheetItems } from './dataset/spreadsheet/items-from-sheet';
export { itemColumns, CHINESE_HEADERS } from './dataset/spreadsheet/item-columns';
export type { ItemColumn, ColumnKind } from './dataset/spreadsheet/item-columns';
export { csvSheet } from './dataset/spreadsheet/csv-sheet';
export { xlsxSheet, WorkbookError } from './dataset/spreadsheet/xlsx-sheet';
export type { Sheet, SheetRow, CellValue } from './dataset/spreadsheet/sheet';
export { decodeText, TextDecodingError } from './dataset/spreadsheet/text-encoding';
export type { DecodedText } from './dataset/spreadsheet/text-encoding';
export { SAMPLE_DEPARTMENT_IDS, isSampleDepartmentId, loadSampleDataset, sampleDatasetPath } from './dataset/sample-datasets';
export type { SampleDepartmentId } from './dataset/sample-datasets';

// Serving from code, as the CLI does
export { startDepartmentServer } from './cli/serve-command';
export type { RunningDepartment, ServeOptions } from './cli/serve-command';
export { readServeConfig, adminTokensFrom } from './cli/serve-config';
export { startPlatformServer, basePath } from './cli/platform-server';
export type { HostedDepartment, PlatformOptions, RunningPlatform } from './cli/platform-server';
export { copyToPostgres } from './store/migrate/copy-to-postgres';
export type { CopySummary, CopiedTable } from './store/migrate/copy-to-postgres';
export type { ServeConfig } from './cli/serve-config';
