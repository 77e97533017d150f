import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import type Router from '@koa/router';
import type { Logger } from 'pino';
import type { CacheStore } from '../cache/cached-response';
import { memoryCacheStore } from '../cache/memory-cache-store';
import { redisCacheStore } from '../cache/redis-cache-store';
import { ResponseCache } from '../cache/response-cache';
import { tieredCacheStore } from '../cache/tiered-cache-store';
import { UNCACHEABLE_HEADER } from '../cache/uncacheable';
import { CircuitBreakers } from '../departments/circuit-breaker';
import type { GatewayConfig } from '../config/config';
import { DepartmentRegistry } from '../departments/department-registry';
import type { GatewayContext } from '../gateway-context';
import { createLogger } from '../observability/logger';
import { GatewayMetrics } from '../observability/metrics';
import { createRateLimiter, type RateLimitStore } from '../rate-limit/rate-limiter';
import { AnsweredRequests } from '../fast-path/answered-requests';
import { linkOrigin } from '../answers/link-origin';
import { requestFinishedRecorder } from '../answers/request-finished';
import { fastPath } from '../fast-path/fast-path';
import { policiesOf } from '../rate-limit/quotas';
import { createKoaApp } from '../http/koa-app';
import { metricsServer } from '../http/routes/metrics';
import type { GatewayState } from '../http/middleware/request-context';
import { handOffToKoa } from './hand-off';
import { InFlight } from './in-flight';
import { connectRedis, waitForReady } from './redis-connection';

export interface GatewayOptions {
  logger?: Logger;
  /** For tests: the gateway's clock (health timestamps, report generation, the ages of cached answers, circuit windows). */
  now?: () => Date;
  /** Extra routes (e.g. a home page) mounted before the API; see examples/demo. */
  extend?: (router: Router<GatewayState>) => void;
  /** Prefix for Redis keys, so several gateways (or test runs) can share one Redis. Default `gongkai`. */
  redisKeyPrefix?: string;
  /** Answer cached repeats and single-resource reads before Koa (see fast-path/). Default true. */
  fastPath?: boolean;
}

export interface Gateway {
  app: Koa<GatewayState>;
  context: GatewayContext;
  /** Starts listening on the configured (or given) port; resolves with the bound address. */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Stops accepting, drains requests in flight (up to `shutdownGraceMs`), closes pools and Redis. */
  close(): Promise<void>;
  readonly server: Server | undefined;
  /** The server of `/metrics` when `metrics.port` is set (listening once `listen` resolved). */
  readonly metricsServer: Server | undefined;
}

/** Builds the gateway for a configuration: the Koa app and everything it talks to. */
export function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Gateway {
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = new GatewayMetrics(config.departments.map((d) => d.id));
  const clock = options.now;
  const breakers = new CircuitBreakers({
    failureThreshold: config.circuitBreaker.failureThreshold,
    openMs: config.circuitBreaker.openMs,
    ...(clock ? { now: () => clock().getTime() } : {}),
    onStateChange: (change) => {
      metrics.onCircuitChange(change);
      // The failure's detail (addresses included) is for the operator's log, never for /v1/departments.
      const { lastError } = breakers.for(change.department).snapshot();
      logger.warn({ department: change.department, from: change.from, to: change.to, lastError }, 'department circuit changed');
    },
  });
  const registry = new DepartmentRegistry(config, breakers, (call) =>
    metrics.upstream.observe([call.department, call.method, String(call.status)], call.seconds),
  );
  const prefix = options.redisKeyPrefix ?? 'gongkai';
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  const cacheNow = clock ? () => clock().getTime() : undefined;
  const memory = memoryCacheStore({ maxBytes: config.cache.maxBytes, ...(cacheNow ? { now: cacheNow } : {}) });
  const store: CacheStore = redis
    ? tieredCacheStore({ far: redisCacheStore({ redis, keyPrefix: `${prefix}:cache` }), near: memory, nearTtlMs: config.cache.ttlMs })
    : memory;
  const cache = new ResponseCache({
    store,
    ttlMs: config.cache.ttlMs,
    swrMs: config.cache.staleWhileRevalidateMs,
    sieMs: config.cache.staleIfErrorMs,
    ...(cacheNow ? { now: cacheNow } : {}),
    isCacheable: (response) => response.status < 500 && response.headers?.[UNCACHEABLE_HEADER] !== 'true',
    onError: (error, context) => logger.debug({ err: (error as Error).message, ...context }, 'cache fallback'),
  });
  const limiterStore: RateLimitStore = redis
    ? { store: 'redis', redis, keyPrefix: `${prefix}:rl`, replicas: config.rateLimits.replicas }
    : { store: 'memory' };
  const limiter = createRateLimiter(limiterStore, policiesOf(config));
  const answered = new AnsweredRequests((req) => linkOrigin(req, config));
  let accepting = true;
  const context: GatewayContext = { config, registry, breakers, cache, metrics, answered, now: options.now ?? (() => new Date()) };

  const recordFinished = requestFinishedRecorder(metrics, logger);
  const app = createKoaApp({
    context,
    limiter,
    logger,
    recordFinished,
    ...(options.extend ? { extend: options.extend } : {}),
    accepting: () => accepting,
  });

  let server: Server | undefined;
  let metricsListener: Server | undefined;
  const inFlight = new InFlight();
  return {
    app,
    context,
    get server() {
      return server;
    },
    get metricsServer() {
      return metricsListener;
    },
    async listen(port = config.port, host = config.host) {
      // Give Redis a moment to connect so the first requests count in the shared store; without
      // it the gateway still starts and serves from memory.
      if (redis && redis.status !== 'ready') {
        const ready = await waitForReady(redis, 2000);
        if (!ready) logger.warn('redis is not reachable yet; rate limits and the cache run in memory until it is');
      }
      const fast = options.fastPath === false ? undefined : fastPath({ gateway: context, limiter, logger, recordFinished });
      server = createServer(handOffToKoa(fast, app.callback()));
      inFlight.track(server);
      server.keepAliveTimeout = 65_000;
      metricsListener = metricsServer(context);
      if (metricsListener) {
        const listener = metricsListener;
        await new Promise<void>((resolve, reject) => {
          listener.once('error', reject);
          listener.listen(config.metrics.port, host, () => resolve());
        });
      }
      return new Promise((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, host, () => resolve(server!.address() as AddressInfo));
      });
    },
    async close() {
      accepting = false;
      if (server) await inFlight.close(server, config.shutdownGraceMs);
      if (metricsListener) {
        const listener = metricsListener;
        listener.closeAllConnections();
        await new Promise((resolve) => listener.close(resolve));
      }
      await cache.idle();
      await registry.close();
      if (redis) redis.disconnect();
    },
  };
}
