import { createClient, type GongkaiClient } from '@gongkai/client';
import type { Department } from '@gongkai/spec';

// One client per gateway, shared by every element of the page that talks to it, so the ETag cache
// and the list of departments are fetched once.
const clients = new Map<string, GongkaiClient>();
const departments = new Map<string, Promise<ReadonlyMap<string, Department>>>();

export function clientFor(base: string): GongkaiClient {
  let client = clients.get(base);
  if (!client) {
    // A widget on a public page should say "try again" soon rather than retry for long.
    client = createClient({ baseUrl: base, cache: true, timeoutMs: 8000, retry: { retries: 1 } });
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
