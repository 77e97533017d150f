export { openApiDocument, specVersion } from './document';
export type { OpenApiDocument, OperationObject, ParameterObject, SchemaObject, HttpMethod } from './document';
export { operations, getOperation } from './operations';
export type { Operation } from './operations';
export { matchOperation } from './match-operation';
export { listOrders, parseListOrder, compareInListOrder } from './list-order';
export type { ListOrder, ListOrders } from './list-order';
export type { OperationMatch } from './match-operation';
export { validateSchema, schemaValidator } from './validate';
export type { SchemaName, ValidationResult } from './validate';
export { validateParameters, validateBody } from './validate-request';
export type { RequestParts, ParameterValues, QueryInput } from './validate-request';
export { summarizeFieldErrors } from './field-errors';
export { complianceAsOfError, complianceLatestAsOf, COMPLIANCE_EARLIEST_AS_OF } from './compliance-as-of';
export { checkFieldNames, recordFieldNames, selectFields } from './field-selection';
export { problem, validationProblem, problemKinds, ApiError } from './problem';
export type { ProblemKind, ProblemInit } from './problem';
export { toCsv, csvLine, CSV_BOM } from './representations/csv';
export type { CsvCell } from './representations/csv';
export {
  tableToCsv,
  feesToCsv,
  budgetsToCsv,
  itemsToCsv,
  alertsToCsv,
  feedbackToCsv,
  FEE_CSV,
  BUDGET_CSV,
  ITEM_CSV,
  ALERT_CSV,
  FEEDBACK_CSV,
  FEE_CSV_COLUMNS,
  BUDGET_CSV_COLUMNS,
  ITEM_CSV_COLUMNS,
  ALERT_CSV_COLUMNS,
  FEEDBACK_CSV_COLUMNS,
} from './representations/csv-tables';
export type { CsvTable } from './representations/csv-tables';
export { itemsToAtom } from './representations/atom';
export type { AtomFeedOptions } from './representations/atom';
export { alertToCap } from './representations/cap';
export { firstNonXmlCharacter } from './representations/xml';
export * from './annual-report';
export { validateDataset, DATASET_FORMAT } from './dataset';
export type {
  DepartmentDataset,
  DatasetItem,
  DatasetFee,
  DatasetBudget,
  DatasetAlert,
  DatasetFeedback,
  DatasetRequest,
  DatasetWithdrawal,
  DatasetError,
  DatasetValidationResult,
} from './dataset';
export { vocabularies, outcomeGroupOf, isCategoryRequired } from './vocabularies';
export type { Vocabulary, Term, Language, VocabularyName } from './vocabularies';
export type * from './generated/openapi-types';
// The generated `operations` type shares its name with the `operations` map above; this is it by another name.
export type { operations as OperationTypes } from './generated/openapi-types';
export { ADMIN_OPERATION_IDS, PUBLIC_OPERATION_IDS } from './generated/operation-ids';
export type {
  AdminOperationId,
  BodyOf,
  HeadersOf,
  OperationId,
  OperationInput,
  OperationParameters,
  PathOf,
  PublicOperationId,
  QueryOf,
  ValidatedQueryOf,
} from './operation-input';
export * from './china-time';
export * from './etag';
export * from './request-id';
export * from './receipt-evidence';
export * from './division-scope';
export * from './json-body';
