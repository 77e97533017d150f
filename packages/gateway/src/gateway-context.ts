import type { GatewayConfig } from './config/config';
import type { ResponseCache } from './cache/response-cache';
import type { CircuitBreakers } from './departments/circuit-breaker';
import type { DepartmentRegistry } from './departments/department-registry';
import type { GatewayMetrics } from './observability/metrics';
import type { AnsweredRequests } from './fast-path/answered-requests';

/** What every route handler of the gateway works with. */
export interface GatewayContext {
  readonly config: GatewayConfig;
  readonly registry: DepartmentRegistry;
  readonly breakers: CircuitBreakers;
  readonly cache: ResponseCache;
  readonly metrics: GatewayMetrics;
  /** Requests answered from the cache, for the fast path. */
  readonly answered: AnsweredRequests;
  readonly now: () => Date;
}
