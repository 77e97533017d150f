import type Router from '@koa/router';
import type { GatewayContext } from '../../gateway-context';
import type { GatewayState } from '../middleware/request-context';

export interface Readiness {
  /** False while the gateway is shutting down, so load balancers stop sending traffic first. */
  accepting: () => boolean;
}

/** `/healthz` (the process runs), `/readyz` (it accepts traffic and some department answers); `/metrics` is in metrics.ts. */
export function mountOperations(router: Router<GatewayState>, gateway: GatewayContext, readiness: Readiness): void {
  router.get('/healthz', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', (ctx) => {
    ctx.set('Cache-Control', 'no-store');
    const circuits = gateway.registry.ids.map((id) => ({ department: id, circuit: gateway.breakers.for(id).state }));
    const reachable = circuits.filter((c) => c.circuit !== 'open').length;
    const ready = readiness.accepting() && reachable > 0;
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'ready' : readiness.accepting() ? 'no department reachable' : 'shutting down', departments: circuits };
  });
}
