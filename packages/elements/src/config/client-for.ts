import {
  alertsResource,
  budgetsResource,
  createTransport,
  departmentsResource,
  feedbackResource,
  feesResource,
  itemsResource,
  reportsResource,
  requestsResource,
  type GongkaiClient,
} from '@gongkai/client';
import type { Department } from '@gongkai/spec';

/** The resources the elements use: the client without the change feed, which no widget follows (a smaller CDN file). */
export type ElementsClient = Pick<
  GongkaiClient,
  'alerts' | 'budgets' | 'departments' | 'feedback' | 'fees' | 'items' | 'reports' | 'requests'
>;

// One client per gateway, shared by every element of the page that talks to it, so the ETag cache
// and the list of departments are fetched once.
const clients = new Map<string, ElementsClient>();
const departments = new Map<string, Promise<ReadonlyMap<string, Department>>>();

export function clientFor(base: string): ElementsClient {
  let client = clients.get(base);
  if (!client) {
    // A widget on a public page should say "try again" soon rather than retry for long.
    const t = createTransport({ baseUrl: base, cache: true, timeoutMs: 8000, retry: { retries: 1 } });
    client = {
      alerts: alertsResource(t),
      budgets: budgetsResource(t),
      departments: departmentsResource(t),
      feedback: feedbackResource(t),
      fees: feesResource(t),
      items: itemsResource(t),
      reports: reportsResource(t),
      requests: requestsResource(t),
    };
    clients.set(base, client);
  }
  return client;
}

/** The departments behind a gateway by id, to name the ones that did not answer; empty when they cannot be listed. */
export function departmentsOf(base: string): Promise<ReadonlyMap<string, Department>> {
  let pending = departments.get(base);
  if (!pending) {
    pending = clientFor(base)
      .departments.list()
      .then((list) => new Map(list.data.map((d) => [d.id, d])))
      .catch(() => {
        departments.delete(base);
        return new Map();
      });
    departments.set(base, pending);
  }
  return pending;
}
