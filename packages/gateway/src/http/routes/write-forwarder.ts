import type { Context } from 'koa';
import { ApiError, problem, validateBody, validationProblem, type Operation, type OperationParameters } from '@gongkai/spec';

/** The writes a gateway forwards to the department that owns them. */
type WriteOperationId = 'submitRequest' | 'submitFeedback' | 'rateFeedback';
import type { DepartmentResponse } from '../../departments/department-client';
import type { GatewayContext } from '../../gateway-context';
import { readJsonBody } from '../read-json-body';
import { fillPath } from '../../resources/path-template';
import { UpstreamError } from '../../departments/upstream-error';
import { upstreamProblem } from '../../departments/upstream-problem';
import { withRequestId } from '../../departments/department-problem';

/** The department's answer headers a write's client gets. */
const FORWARDED = new Set(['location', 'idempotent-replayed', 'etag', 'retry-after', 'www-authenticate']);

/** Which department owns a write: the one named in the body, or the issuer of the resource in the path. */
function ownerOf(gateway: GatewayContext, params: OperationParameters<WriteOperationId>, body: unknown) {
  const pathId = Object.values(params.path).find((value): value is string => typeof value === 'string' && value.includes(':'));
  if (pathId) return gateway.registry.ownerOf(pathId);
  const departmentId = (body as { departmentId?: unknown }).departmentId as string;
  if (!gateway.registry.ids.includes(departmentId)) {
    const message = gateway.registry.unknownDepartmentMessage;
    throw new ApiError(
      problem('validation', 422, {
        title: 'Unknown department',
        detail: `/departmentId: ${message}`,
        errors: [{ pointer: '/departmentId', message }],
      }),
    );
  }
  return gateway.registry.require(departmentId);
}

/**
 * Forwards a write (a disclosure request, feedback, a rating) to the department that owns it,
 * after checking the body against the contract. The `Idempotency-Key` travels with it, so a
 * client may safely retry. A department that cannot be reached gets nothing and the client a 503
 * with `Retry-After`; one that does not answer in time may or may not have recorded the write,
 * which the 504 says, and a retry with the same key settles.
 */
export async function forwardWrite(
  ctx: Context,
  gateway: GatewayContext,
  params: OperationParameters<WriteOperationId>,
  operation: Operation,
): Promise<void> {
  const { raw, json } = await readJsonBody(ctx, gateway.config.bodyLimitBytes);
  const checked = validateBody(operation, json);
  if (!checked.ok) throw new ApiError(validationProblem(checked.errors));
  const owner = ownerOf(gateway, params, json);

  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': String(ctx.state['requestId'] ?? '') };
  const idempotencyKey = params.header['Idempotency-Key'];
  if (typeof idempotencyKey === 'string') headers['idempotency-key'] = idempotencyKey;
  const authorization = ctx.get('authorization');
  if (authorization) headers['authorization'] = authorization;

  let response: DepartmentResponse;
  try {
    response = await owner.request({ method: 'POST', path: fillPath(operation.path, params.path), headers, body: raw });
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error;
    throw upstreamProblem(error, { retryAfterSeconds: Math.max(1, Math.ceil(gateway.config.circuitBreaker.openMs / 1000)) });
  }
  for (const [name, value] of Object.entries(response.headers)) {
    if (FORWARDED.has(name)) ctx.set(name, value);
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.status = response.status;
  ctx.type = response.headers['content-type'] ?? 'application/json';
  ctx.body = response.status >= 400 ? withRequestId(response.body, String(ctx.state['requestId'] ?? '')) : response.body;
}
