import Koa from 'koa';
import Router from '@koa/router';
import type { Logger } from 'pino';
import { ApiError, problem } from '@gongkai/spec';
import type { RequestFinished } from '../answers/request-finished';
import type { GatewayContext } from '../gateway-context';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import { cors } from './middleware/cors';
import { notFound } from './middleware/not-found';
import { problemAnswers } from './middleware/problem-answers';
import { rateLimiting } from './middleware/rate-limiting';
import { trustedProxyHops } from '../rate-limit/client-ip';
import { requestContext, type GatewayState } from './middleware/request-context';
import { securityHeaders } from './middleware/security-headers';
import { mountCatalog } from './routes/catalog-route';
import { mountDocs } from './routes/docs';
import { mountElementsCdn } from './routes/elements-cdn';
import { mountOperations } from './routes/health';
import { mountMetrics } from './routes/metrics';
import { publicApi } from './routes/public-api';

export interface KoaAppDependencies {
  readonly context: GatewayContext;
  readonly limiter: RateLimiter;
  readonly logger: Logger;
  readonly recordFinished: (finished: RequestFinished) => void;
  /** Extra routes (e.g. a home page) mounted before the API. */
  readonly extend?: (router: Router<GatewayState>) => void;
  /** False while shutting down (`/readyz` then says so). */
  readonly accepting: () => boolean;
}

/**
 * The full path: every request the fast path does not answer. Per request: request id (and, once
 * answered, its metrics and log line) → problem answers → security headers → CORS → rate limit →
 * not found → the contract's operations → the other routes (`/healthz`, `/docs`, `/elements`, …).
 */
export function createKoaApp({ context, limiter, logger, recordFinished, extend, accepting }: KoaAppDependencies): Koa<GatewayState> {
  const { config, metrics } = context;
  const app = new Koa<GatewayState>();
  app.proxy = config.trustProxy;
  // ctx.ip then agrees with the rate limit's client address: the entry the proxies appended.
  app.maxIpsCount = config.trustProxyHops;
  // Errors are answered by problemAnswers; Koa's own logging of them would duplicate ours.
  app.silent = true;

  const router = new Router<GatewayState>();
  extend?.(router);
  mountOperations(router, context, { accepting });
  mountMetrics(router, context);
  mountDocs(router);
  mountElementsCdn(router);
  mountCatalog(router, context);

  // Outermost, so that the request is recorded with the status its answer went out with.
  app.use(requestContext(logger, recordFinished));
  app.use(problemAnswers());
  app.use(securityHeaders());
  app.use(cors(config.cors.writeOrigins, config));
  app.use(rateLimiting(limiter, config.rateLimits.apiKeys, trustedProxyHops(config), (policy) => metrics.rateLimited.inc({ policy })));
  app.use(notFound());
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
  return app;
}
