import type { Context, Middleware } from 'koa';
import {
  ApiError,
  matchOperation,
  operations,
  problem,
  validateParameters,
  validationProblem,
  type Operation,
  type ParameterValues,
} from '@gongkai/spec';
import { answerChanges } from './changes-feed';
import { answerDepartments } from './departments-route';
import type { GatewayContext } from '../../gateway-context';
import { answerItemsFeed } from './items-feed';
import { LISTS, type ListOperationId } from '../../federation/list-definitions';
import { answerList } from './list-route';
import { answerAnnualReport, answerCompliance } from './reports-route';
import type { GatewayState } from '../middleware/request-context';
import { proxyResource } from './resource-route';
import { owningDepartmentId, SINGLE_RESOURCE_READS } from '../../resources/single-resources';
import { forwardWrite } from './write-forwarder';

type Handler = (ctx: Context, gateway: GatewayContext, params: ParameterValues, operation: Operation) => Promise<void>;

const readResource: Handler = (ctx, gateway, params, operation) =>
  proxyResource(ctx, gateway, operation, gateway.registry.require(owningDepartmentId(operation.operationId, params)), params);

/** How the gateway answers each public operation of the contract. */
const HANDLERS: Record<string, Handler> = {
  listDepartments: (ctx, gateway) => answerDepartments(ctx, gateway),
  ...Object.fromEntries(Object.keys(SINGLE_RESOURCE_READS).map((id) => [id, readResource])),
  getItemsFeed: answerItemsFeed,
  listChanges: answerChanges,
  getAnnualReport: answerAnnualReport,
  getCompliance: answerCompliance,
  submitRequest: forwardWrite,
  submitFeedback: forwardWrite,
  rateFeedback: forwardWrite,
  ...Object.fromEntries(
    Object.keys(LISTS).map((id) => [
      id,
      ((ctx, gateway, params) => answerList(ctx, gateway, LISTS[id as ListOperationId], params)) satisfies Handler,
    ]),
  ),
};

/**
 * The public operations of the contract, dispatched by `matchOperation` (derived from the contract
 * itself, a few patterns per request instead of every route). Parameters are validated before
 * anything else happens (400 naming the field). The department admin operations are not served:
 * the gateway never proxies them, so they answer 404 like any unknown path.
 */
export function publicApi(gateway: GatewayContext): Middleware<GatewayState> {
  for (const operation of operations.values()) {
    if (!operation.admin && !HANDLERS[operation.operationId])
      throw new Error(`The gateway has no handler for ${operation.operationId}; add one to HANDLERS.`);
  }
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/v1/')) return next();
    const match = matchOperation(ctx.method === 'HEAD' ? 'GET' : ctx.method, ctx.path);
    if (match.kind === 'methodNotAllowed') {
      ctx.set('Allow', match.allowed.map((method) => method.toUpperCase()).join(', '));
      throw new ApiError(
        problem('method-not-allowed', 405, {
          detail: `${ctx.path} takes ${match.allowed.map((m) => m.toUpperCase()).join(', ')}; see /docs.`,
        }),
      );
    }
    if (match.kind === 'none' || match.operation.admin) return next();
    const { operation } = match;
    ctx.state.operationId = operation.operationId;
    const params = validateParameters(operation, { query: new URLSearchParams(ctx.querystring), path: match.path, headers: ctx.headers });
    if (!params.ok) throw new ApiError(validationProblem(params.errors));
    await HANDLERS[operation.operationId]!(ctx, gateway, params.value, operation);
  };
}
