import type Router from '@koa/router';
import type { Context } from 'koa';
import { ApiError, operations, validateParameters, validationProblem, type Operation, type ParameterValues } from '@gongkai/spec';
import { answerChanges } from './changes-feed';
import { answerDepartments } from './departments-route';
import type { GatewayContext } from './gateway-context';
import { answerItemsFeed } from './items-feed';
import { LISTS, type ListOperationId } from './list-definitions';
import { answerList } from './list-route';
import { answerAnnualReport, answerCompliance } from './reports-route';
import type { GatewayState } from './request-context';
import { proxyResource } from './resource-proxy';
import { forwardWrite } from './write-forwarder';

type Handler = (ctx: Context, gateway: GatewayContext, params: ParameterValues, operation: Operation) => Promise<void>;

const byId = (key: string): Handler => (ctx, gateway, params, operation) => proxyResource(ctx, gateway, operation, gateway.registry.ownerOf(String(params.path[key])), params);

/** How the gateway answers each public operation of the contract. */
const HANDLERS: Record<string, Handler> = {
  listDepartments: (ctx, gateway) => answerDepartments(ctx, gateway),
  getDepartment: (ctx, gateway, params, operation) => proxyResource(ctx, gateway, operation, gateway.registry.require(String(params.path['departmentId'])), params),
  getItem: byId('itemId'),
  listItemHistory: byId('itemId'),
  getFee: byId('feeId'),
  getBudget: byId('budgetId'),
  getAlert: byId('alertId'),
  getFeedback: byId('feedbackId'),
  getRequest: byId('trackingNumber'),
  getItemsFeed: answerItemsFeed,
  listChanges: answerChanges,
  getAnnualReport: answerAnnualReport,
  getCompliance: answerCompliance,
  submitRequest: forwardWrite,
  submitFeedback: forwardWrite,
  rateFeedback: forwardWrite,
  ...Object.fromEntries(Object.keys(LISTS).map((id) => [id, ((ctx, gateway, params) => answerList(ctx, gateway, LISTS[id as ListOperationId], params)) satisfies Handler])),
};

/** `/v1/items/{itemId}` → `/v1/items/:itemId` for the router. */
function routerPath(template: string): string {
  return template.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Mounts every public operation of the contract. Parameters are validated against the contract
 * before anything else happens (400 naming the field). The department admin operations are not
 * mounted: the gateway never proxies them, so they answer 404 like any unknown path.
 */
export function mountPublicApi(router: Router<GatewayState>, gateway: GatewayContext): void {
  for (const operation of operations.values()) {
    if (operation.admin) continue;
    const handler = HANDLERS[operation.operationId];
    if (!handler) throw new Error(`The gateway has no handler for ${operation.operationId}; add one to HANDLERS.`);
    router[operation.method](operation.operationId, routerPath(operation.path), async (ctx) => {
      ctx.state.operationId = operation.operationId;
      const params = validateParameters(operation, { query: new URLSearchParams(ctx.querystring), path: ctx.params, headers: ctx.headers });
      if (!params.ok) throw new ApiError(validationProblem(params.errors));
      await handler(ctx, gateway, params.value, operation);
    });
  }
}
