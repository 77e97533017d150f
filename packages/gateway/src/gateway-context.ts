import type { GatewayConfig } from './config';
import type { ResponseCache } from './cache';
import type { CircuitBreakers } from './circuit-breaker';
import type { DepartmentRegistry } from './department-registry';
import type { GatewayMetrics } from './metrics';

/** What every route handler of the gateway works with. */
export interface GatewayContext {
  readonly config: GatewayConfig;
  readonly registry: DepartmentRegistry;
  readonly breakers: CircuitBreakers;
  readonly cache: ResponseCache;
  readonly metrics: GatewayMetrics;
  readonly now: () => Date;
}

/** A marker the loaders put on answers that must not be cached (partial lists); never sent to clients. */
export const UNCACHEABLE_HEADER = 'x-gongkai-uncacheable';
