export { createGateway } from './server/create-gateway';
export type { Gateway, GatewayOptions } from './server/create-gateway';
export { loadConfig, resolveConfig, ConfigError } from './config/config';
export type { GatewayConfig, DepartmentConfig, ApiKeyConfig, Quota } from './config/config';
export { configSchema } from './config/config-schema';
export type { GatewayState } from './http/middleware/request-context';
export type { GatewayContext } from './gateway-context';
export { federatedPage } from './federation/federated-page';
export type {
  FederatedPage,
  FederatedPageOptions,
  DepartmentPage,
  DepartmentFailure,
  FetchDepartmentPage,
} from './federation/federated-page';
export { mergeSorted } from './federation/merge';
export { encodeCursor, decodeCursor, hashFilters, CursorError } from './federation/cursor';
export type { FederatedCursor, DepartmentPosition } from './federation/cursor';
export { parseSort, compareBy, sortKeyOf } from './federation/sort-order';
export type { SortSpec, SortKey } from './federation/sort-order';
export { CircuitBreaker, CircuitBreakers, CircuitOpenError } from './departments/circuit-breaker';
export type { CircuitState, CircuitSnapshot } from './departments/circuit-breaker';
export { createRateLimiter } from './rate-limit/rate-limiter';
export type { RateLimiter, RateLimitDecision, RateLimitPolicies, RateLimitStore } from './rate-limit/rate-limiter';
export { rateLimitHeaders } from './rate-limit/rate-limit-fields';
export { ResponseCache } from './cache/response-cache';
export { memoryCacheStore } from './cache/memory-cache-store';
export { redisCacheStore } from './cache/redis-cache-store';
export { strongEtag } from './cache/strong-etag';
export type { CacheStore, CachedResponse } from './cache/cached-response';
