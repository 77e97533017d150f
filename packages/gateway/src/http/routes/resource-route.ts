import type { Context } from 'koa';
import type { Operation, ParameterValues } from '@gongkai/spec';
import type { DepartmentClient } from '../../departments/department-client';
import type { GatewayContext } from '../../gateway-context';
import { loadResource, offeredTypes, type ResourceRequest } from '../../resources/load-resource';
import { sendCached } from '../send-cached';

/**
 * A single resource through Koa: routed by the department prefix of its id (or the department
 * named), in the representation the client asked for among those the contract offers.
 */
export async function proxyResource(
  ctx: Context,
  gateway: GatewayContext,
  operation: Operation,
  owner: DepartmentClient,
  params: ParameterValues,
): Promise<void> {
  const authorization = ctx.get('authorization');
  const request: ResourceRequest = {
    accept: (ctx.accepts([...offeredTypes(operation)]) || 'application/json') as string,
    requestId: String(ctx.state['requestId'] ?? ''),
    ...(authorization ? { authorization } : {}),
  };
  const loaded = await loadResource(gateway, operation, owner, params, request);
  sendCached(ctx, gateway, loaded.result, loaded.cacheKey);
  if (authorization) ctx.set('Cache-Control', 'private, no-store');
}
