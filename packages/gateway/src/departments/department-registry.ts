import { ApiError, problem } from '@gongkai/spec';
import type { GatewayConfig } from '../config/config';
import type { CircuitBreakers } from './circuit-breaker';
import { DepartmentClient, type DepartmentCallObserver } from './department-client';

/**
 * The share of `cache.maxBytes` the departments' revalidation pages (the last answer to each GET,
 * kept for its ETag) may hold together, split evenly: the gateway's memory for answers then stays
 * within the configured cache size plus this fraction, however many distinct queries arrive.
 */
const REVALIDATION_SHARE = 0.25;

/** The configured departments and their clients: the only places the gateway ever calls. */
export class DepartmentRegistry {
  private readonly clients: Map<string, DepartmentClient>;

  constructor(config: GatewayConfig, breakers: CircuitBreakers, observe?: DepartmentCallObserver) {
    const revalidationBytes = Math.max(64 * 1024, Math.floor((config.cache.maxBytes * REVALIDATION_SHARE) / config.departments.length));
    this.clients = new Map(
      config.departments.map((department) => [
        department.id,
        new DepartmentClient(department, breakers.for(department.id), observe, revalidationBytes),
      ]),
    );
  }

  get ids(): string[] {
    return [...this.clients.keys()];
  }

  /** What a field naming an unknown department is told (a filter, or a write's `departmentId`). */
  get unknownDepartmentMessage(): string {
    return `is not a department of this gateway (known: ${this.ids.join(', ')})`;
  }

  has(departmentId: string): boolean {
    return this.clients.has(departmentId);
  }

  /** The client for a department id; an id the gateway does not know is 404. */
  require(departmentId: string): DepartmentClient {
    const client = this.clients.get(departmentId);
    if (!client) {
      throw new ApiError(
        problem('not-found', 404, {
          title: 'Unknown department',
          detail: `No department "${departmentId}" behind this gateway (known: ${this.ids.join(', ')}).`,
        }),
      );
    }
    return client;
  }

  /** The department that issued a resource id (`ln-finance:2026-000123` → ln-finance). */
  ownerOf(resourceId: string): DepartmentClient {
    return this.require(resourceId.slice(0, resourceId.indexOf(':')));
  }

  /** Checks a `department=` filter: every named department must exist (400 otherwise). */
  select(requested: readonly string[] | undefined): string[] {
    if (!requested?.length) return this.ids;
    const unknown = requested.filter((id) => !this.clients.has(id));
    if (unknown.length) {
      throw new ApiError(
        problem('validation', 400, {
          detail: `department: unknown ${unknown.join(', ')} (known: ${this.ids.join(', ')})`,
          errors: unknown.map((id) => ({ pointer: `/query/department/${requested.indexOf(id)}`, message: this.unknownDepartmentMessage })),
        }),
      );
    }
    return [...new Set(requested)];
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.close()));
  }
}
