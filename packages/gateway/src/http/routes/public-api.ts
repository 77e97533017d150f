import type { Context, Middleware } from 'koa';
import {
  ApiError,
  matchOperation,
  problem,
  validateParameters,
  validationProblem,
  type Operation,
  type OperationParameters,
  type PublicOperationId,
} from '@gongkai/spec';
import { LISTS } from '../../federation/list-definitions';
import type { GatewayContext } from '../../gateway-context';
import { owningDepartmentId, type SingleResourceReadId } from '../../resources/single-resources';
import type { GatewayState } from '../middleware/request-context';
import { answerChanges } from './changes-feed';
import { answerDepartments } from './departments-route';
import { answerExport } from './export-route';
import { answerItemsFeed } from './items-feed';
import { answerList } from './list-route';
import { answerAnnualReport, answerCompliance } from './reports-route';
import { proxyResource } from './resource-route';
import { forwardWrite } from './write-forwarder';

/** How the gateway answers one operation, with its parameters as the contract types them. */
type Handler<Id extends PublicOperationId> = (
  ctx: Context,
  gateway: GatewayContext,
  params: OperationParameters<Id>,
  operation: Operation,
) => Promise<void>;

function readResource<Id extends SingleResourceReadId>(
  ctx: Context,
  gateway: GatewayContext,
  params: OperationParameters<Id>,
  operation: Operation,
) {
  return proxyResource(ctx, gateway, operation, gateway.registry.require(owningDepartmentId(operation.operationId, params)), params);
}

/** How the gateway answers each public operation of the contract: one missing is a compile error. */
const HANDLERS: { readonly [Id in PublicOperationId]: Handler<Id> } = {
  listDepartments: (ctx, gateway) => answerDepartments(ctx, gateway),
  getDepartment: readResource,
  listItems: (ctx, gateway, params) => answerList(ctx, gateway, LISTS.listItems, params),
  getItem: readResource,
  listItemHistory: readResource,
  getItemsFeed: answerItemsFeed,
  listFees: (ctx, gateway, params) => answerList(ctx, gateway, LISTS.listFees, params),
  getFee: readResource,
  listBudgets: (ctx, gateway, params) => answerList(ctx, gateway, LISTS.listBudgets, params),
  getBudget: readResource,
  listAlerts: (ctx, gateway, params) => answerList(ctx, gateway, LISTS.listAlerts, params),
  getAlert: readResource,
  listFeedback: (ctx, gateway, params) => answerList(ctx, gateway, LISTS.listFeedback, params),
  submitFeedback: forwardWrite,
  getFeedback: readResource,
  rateFeedback: forwardWrite,
  submitRequest: forwardWrite,
  getRequest: readResource,
  listChanges: answerChanges,
  getAnnualReport: answerAnnualReport,
  getCompliance: answerCompliance,
  exportRecords: answerExport,
};

/**
 * The public operations of the contract, dispatched by `matchOperation` (derived from the contract
 * itself, a few patterns per request instead of every route). Parameters are validated before
 * anything else happens (400 naming the field). The department admin operations are not served:
 * the gateway never proxies them, so they answer 404 like any unknown path.
 */
export function publicApi(gateway: GatewayContext): Middleware<GatewayState> {
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
    // The validator guarantees the shape the contract's types describe (coerced, defaults applied).
    const handler = HANDLERS[operation.operationId as PublicOperationId] as Handler<PublicOperationId>;
    await handler(ctx, gateway, params.value as unknown as OperationParameters<PublicOperationId>, operation);
  };
}
