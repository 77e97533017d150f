import type { GatewayConfig } from './config';
import type { ResponseCache } from './cache';
import type { CircuitBreakers } from './circuit-breaker';
import type { DepartmentRegistry } from './department-registry';
import type { GatewayMetrics } from './metrics';
import type { AnsweredRequests } from './fast-path';

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

/** A marker the loaders put on answers that must not be cached (partial lists); never sent to clients. */
export const UNCACHEABLE_HEADER = 'x-gongkai-uncacheable';
