import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import Router from '@koa/router';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ApiError, problem } from '@gongkai/spec';
import { memoryCacheStore, redisCacheStore, ResponseCache, tieredCacheStore, type CacheStore } from './cache';
import { CircuitBreakers } from './circuit-breaker';
import type { GatewayConfig } from './config';
import { cors } from './cors';
import { DepartmentRegistry } from './department-registry';
import { mountDocs } from './docs';
import { problemAnswers } from './errors';
import { UNCACHEABLE_HEADER, type GatewayContext } from './gateway-context';
import { mountOperations } from './health';
import { createLogger } from './logger';
import { GatewayMetrics } from './metrics';
import { publicApi } from './public-api';
import { createRateLimiter, type RateLimitStore } from './rate-limit';
import { AnsweredRequests, fastPath } from './fast-path';
import { policiesOf, rateLimiting } from './rate-limit-middleware';
import { requestContext, type GatewayState } from './request-context';
import { securityHeaders } from './security-headers';

export interface GatewayOptions {
  logger?: Logger;
  /** For tests: a clock for health timestamps and report generation. */
  now?: () => Date;
  /** Extra routes (e.g. a home page) mounted before the API; see examples/demo. */
  extend?: (router: Router<GatewayState>) => void;
  /** Prefix for Redis keys, so several gateways (or test runs) can share one Redis. Default `gongkai`. */
  redisKeyPrefix?: string;
  /** Answer cached repeats and single-resource reads before Koa (see fast-path.ts). Default true. */
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
}

function connectRedis(url: string, logger: Logger): Redis {
  // No offline queue and one retry per command: when Redis is away, the limiter's insurance and
  // the cache's fallback answer at once instead of requests piling up behind a reconnect.
  // Auto-pipelining sends the commands of concurrent requests in one write: one round trip for many.
  const redis = new Redis(url, {
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis error (serving from memory meanwhile)'));
  return redis;
}

function waitForReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const onReady = () => finish(true);
    function finish(ready: boolean) {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    }
    redis.once('ready', onReady);
  });
}

/** Builds the gateway for a configuration: the Koa app and everything it talks to. */
export function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Gateway {
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = new GatewayMetrics(config.departments.map((d) => d.id));
  const breakers = new CircuitBreakers({
    failureThreshold: config.circuitBreaker.failureThreshold,
    openMs: config.circuitBreaker.openMs,
    onStateChange: (change) => {
      metrics.onCircuitChange(change);
      logger.warn({ department: change.department, from: change.from, to: change.to }, 'department circuit changed');
    },
  });
  const registry = new DepartmentRegistry(config, breakers, (call) =>
    metrics.upstream.observe({ department: call.department, method: call.method, status: String(call.status) }, call.seconds),
  );
  const prefix = options.redisKeyPrefix ?? 'gongkai';
  const redis = config.redisUrl ? connectRedis(config.redisUrl, logger) : undefined;
  const memory = memoryCacheStore({ maxBytes: config.cache.maxBytes });
  const store: CacheStore = redis
    ? tieredCacheStore({ far: redisCacheStore({ redis, keyPrefix: `${prefix}:cache` }), near: memory, nearTtlMs: config.cache.ttlMs })
    : memory;
  const cache = new ResponseCache({
    store,
    ttlMs: config.cache.ttlMs,
    swrMs: config.cache.staleWhileRevalidateMs,
    sieMs: config.cache.staleIfErrorMs,
    isCacheable: (response) => response.status < 500 && response.headers?.[UNCACHEABLE_HEADER] !== 'true',
    onError: (error, context) => logger.debug({ err: (error as Error).message, ...context }, 'cache fallback'),
  });
  const limiterStore: RateLimitStore = redis ? { store: 'redis', redis, keyPrefix: `${prefix}:rl` } : { store: 'memory' };
  const limiter = createRateLimiter(limiterStore, policiesOf(config));
  const answered = new AnsweredRequests();
  const context: GatewayContext = { config, registry, breakers, cache, metrics, answered, now: options.now ?? (() => new Date()) };

  let accepting = true;
  const app = new Koa<GatewayState>();
  app.proxy = config.trustProxy;
  // Errors are answered by problemAnswers; Koa's own logging of them would duplicate ours.
  app.silent = true;

  const router = new Router<GatewayState>();
  options.extend?.(router);
  mountOperations(router, context, { accepting: () => accepting });
  mountDocs(router);

  app.use(requestContext(logger));
  app.use(problemAnswers());
  app.use(async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      metrics.requests.observe(
        { operation: ctx.state.operationId ?? 'other', method: ctx.method, status: String(ctx.status) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    }
  });
  app.use(securityHeaders());
  app.use(cors(config.cors.writeOrigins));
  app.use(rateLimiting(limiter, config.rateLimits.apiKeys, config.trustProxy, (policy) => metrics.rateLimited.inc({ policy })));
  app.use(async (ctx, next) => {
    await next();
    if (ctx.status !== 404 || ctx.body != null) return;
    const admin = ctx.path.startsWith('/v1/admin');
    throw new ApiError(
      problem('not-found', 404, {
        detail: admin
          ? 'The department admin operations are served by each department to its own staff and never through the gateway.'
          : `No route ${ctx.method} ${ctx.path}; the API is under /v1 (reference at /docs).`,
      }),
    );
  });
  app.use(publicApi(context));
  app.use(router.routes());
  app.use(
    router.allowedMethods({
      throw: true,
      methodNotAllowed: () =>
        new ApiError(problem('method-not-allowed', 405, { detail: 'This path does not take that method; see /docs.' })),
      notImplemented: () =>
        new ApiError(problem('method-not-allowed', 501, { title: 'Not implemented', detail: 'This method is not implemented.' })),
    }),
  );

  let server: Server | undefined;
  const inFlight = new Set<import('node:http').ServerResponse>();
  return {
    app,
    context,
    get server() {
      return server;
    },
    async listen(port = config.port, host = config.host) {
      // Give Redis a moment to connect so the first requests count in the shared store; without
      // it the gateway still starts and serves from memory.
      if (redis && redis.status !== 'ready') {
        const ready = await waitForReady(redis, 2000);
        if (!ready) logger.warn('redis is not reachable yet; rate limits and the cache run in memory until it is');
      }
      const koa = app.callback();
      const answerFast = options.fastPath === false ? async () => false : fastPath({ gateway: context, limiter, logger });
      server = createServer((req, res) => {
        answerFast(req, res).then(
          (handled) => {
            if (!handled) void koa(req, res);
          },
          () => void koa(req, res),
        );
      });
      server.on('request', (_req, res) => {
        inFlight.add(res);
        res.on('close', () => inFlight.delete(res));
      });
      server.keepAliveTimeout = 65_000;
      return new Promise((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(port, host, () => resolve(server!.address() as AddressInfo));
      });
    },
    async close() {
      accepting = false;
      if (server) {
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        const deadline = Date.now() + config.shutdownGraceMs;
        while (inFlight.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        server.closeAllConnections();
        await closed;
      }
      await cache.idle();
      await registry.close();
      if (redis) redis.disconnect();
    },
  };
}
