export { createClient } from './create-client';
export type { GongkaiClient } from './create-client';
export { createTransport } from './transport/create-transport';
export type { Transport, ContractApi } from './transport/create-transport';
export type { ClientOptions, CallOptions } from './transport/client-options';
export type { RetryOptions, RetryEvent } from './transport/retry-delay';
export { newIdempotencyKey } from './transport/idempotency-key';
export { memoryEtagCache } from './transport/etag-cache';
export type { EtagCache, CachedAnswer } from './transport/etag-cache';
export {
  GongkaiError,
  ProblemError,
  NetworkError,
  TimeoutError,
  PartialResultError,
  isGongkaiError,
  isProblemError,
  isNetworkError,
  isTimeoutError,
  isPartialResultError,
} from './errors';
export type { Page, WalkOptions } from './pagination/walk';
export type { As, QueryOf, Representation, RepresentationOptions } from './types';
export { departmentsResource } from './resources/departments';
export type { DepartmentsResource } from './resources/departments';
export { itemsResource } from './resources/items';
export type { ItemsResource, ItemsQuery, ItemHistoryQuery, ItemsFeedQuery } from './resources/items';
export { exportsResource } from './resources/exports';
export type { ExportsResource, ExportQuery, ExportKind } from './resources/exports';
export { feesResource } from './resources/fees';
export type { FeesResource, FeesQuery } from './resources/fees';
export { budgetsResource } from './resources/budgets';
export type { BudgetsResource, BudgetsQuery } from './resources/budgets';
export { alertsResource } from './resources/alerts';
export type { AlertsResource, AlertsQuery } from './resources/alerts';
export { feedbackResource } from './resources/feedback';
export type { FeedbackResource, FeedbackQuery, SubmitOptions } from './resources/feedback';
export { requestsResource } from './resources/requests';
export type { RequestsResource } from './resources/requests';
export { changesResource } from './resources/changes';
export type { ChangesResource, ChangesQuery, ChangeFeed, FollowOptions } from './resources/changes';
export { reportsResource } from './resources/reports';
export type { ReportsResource, AnnualReportQuery, ComplianceQuery } from './resources/reports';
