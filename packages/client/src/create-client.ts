import { alertsResource, type AlertsResource } from './resources/alerts';
import { budgetsResource, type BudgetsResource } from './resources/budgets';
import { changesResource, type ChangesResource } from './resources/changes';
import { departmentsResource, type DepartmentsResource } from './resources/departments';
import { exportsResource, type ExportsResource } from './resources/exports';
import { feedbackResource, type FeedbackResource } from './resources/feedback';
import { feesResource, type FeesResource } from './resources/fees';
import { itemsResource, type ItemsResource } from './resources/items';
import { reportsResource, type ReportsResource } from './resources/reports';
import { requestsResource, type RequestsResource } from './resources/requests';
import type { ClientOptions } from './transport/client-options';
import { createTransport, type Transport } from './transport/create-transport';

/** Every public operation of the v1 contract, grouped as the contract tags them. */
export interface GongkaiClient {
  readonly departments: DepartmentsResource;
  readonly items: ItemsResource;
  readonly fees: FeesResource;
  readonly budgets: BudgetsResource;
  readonly alerts: AlertsResource;
  readonly feedback: FeedbackResource;
  readonly requests: RequestsResource;
  readonly changes: ChangesResource;
  readonly reports: ReportsResource;
  readonly exports: ExportsResource;
  /** The connection the resources share: `transport.api` reaches any path of the contract directly. */
  readonly transport: Transport;
}

/**
 * A client for a Gongkai gateway (or one department). A bundle that needs only a few resources can
 * import `createTransport` and those resources' factories instead (`itemsResource(transport)`).
 */
export function createClient(options: ClientOptions): GongkaiClient {
  const transport = createTransport(options);
  return {
    departments: departmentsResource(transport),
    items: itemsResource(transport),
    fees: feesResource(transport),
    budgets: budgetsResource(transport),
    alerts: alertsResource(transport),
    feedback: feedbackResource(transport),
    requests: requestsResource(transport),
    changes: changesResource(transport),
    reports: reportsResource(transport),
    exports: exportsResource(transport),
    transport,
  };
}
