import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type Router from '@koa/router';
import { ApiError, problem } from '@gongkai/spec';
import type { GatewayContext } from '../../gateway-context';
import type { GatewayState } from '../middleware/request-context';

/**
 * `/metrics` (Prometheus text), as `config.metrics` says: on a port of its own (and then not on the
 * API port), or on the API port behind `Authorization: Bearer <token>`, or — with neither — on the
 * API port to everyone, as before. The token guards the separate port too when both are set.
 */
export function mountMetrics(router: Router<GatewayState>, gateway: GatewayContext): void {
  if (gateway.config.metrics.port !== undefined) return;
  router.get('/metrics', async (ctx) => {
    if (!authorised(ctx.get('authorization'), gateway.config.metrics.token)) throw unauthorised();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = gateway.metrics.registry.contentType;
    ctx.body = await gateway.metrics.registry.metrics();
  });
}

/** The metrics server on `config.metrics.port`, when there is one: `GET /metrics`, nothing else. */
export function metricsServer(gateway: GatewayContext): Server | undefined {
  if (gateway.config.metrics.port === undefined) return undefined;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Only GET /metrics is served here.\n');
      return;
    }
    if (!authorised(req.headers.authorization, gateway.config.metrics.token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="gongkai-metrics"' });
      res.end('Send Authorization: Bearer <metrics token>.\n');
      return;
    }
    gateway.metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': gateway.metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      () => res.writeHead(500).end(),
    );
  });
}

/** Whether `authorization` carries `token` (compared in constant time); anyone may read without a token configured. */
function authorised(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

function unauthorised(): ApiError {
  return new ApiError(
    problem('unauthorized', 401, { title: 'Metrics token required', detail: 'Send Authorization: Bearer <metrics token>.' }),
    { 'WWW-Authenticate': 'Bearer realm="gongkai-metrics"' },
  );
}
