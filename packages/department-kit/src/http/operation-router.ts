import Router from '@koa/router';
import {
  ApiError,
  operations,
  validateBody,
  validateParameters,
  validationProblem,
  type Operation,
  type OperationId,
  type OperationInput,
} from '@gongkai/spec';
import type { ServerResponse } from 'node:http';
import { unpublishableTextErrors } from './publishable-text';
import type { Context } from 'koa';
import type { IdempotentAnswer, StoredResponse } from '../store/disclosure-store';
import type { IdempotentWrites } from './idempotent-writes';
import { problemFor } from './problem-response';
import { readJsonBody } from './read-json-body';
import { sendRepresentation, type CachePolicy, type Representation } from './representation';

/** What a handler answers: JSON, text in another media type (CSV, CAP, Atom), or a stream it writes itself. */
export type Reply = {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Default: `public` for reads anyone may make, `private` for reads with a credential, `none` for writes. */
  readonly cache?: CachePolicy;
} & ({ readonly json: unknown } | { readonly text: string; readonly type: string } | StreamReply);

/**
 * A body too large to hold (an export): `headers` go out first, then `write` writes the body to
 * the response as it reads it. No ETag, no 304: it is never built whole. A HEAD gets the headers.
 */
export interface StreamReply {
  readonly write: (response: ServerResponse) => Promise<void>;
}

function sendStream(ctx: Context, reply: Reply & StreamReply): Promise<void> | void {
  for (const [name, value] of Object.entries(reply.headers ?? {})) ctx.set(name, value);
  ctx.status = reply.status ?? 200;
  // The reply writes the response itself, at the pace the client reads it.
  ctx.respond = false;
  if (ctx.method === 'HEAD') {
    ctx.res.end();
    return;
  }
  return reply.write(ctx.res);
}

export type OperationHandler<Id extends OperationId> = (input: OperationInput<Id>, ctx: Context) => Promise<Reply>;

/** One handler for every operation of the contract: a missing one is a type error. */
export type OperationHandlers = { readonly [Id in OperationId]: OperationHandler<Id> };

export interface OperationRouterOptions {
  readonly authenticateAdmin: (ctx: Context) => void;
  readonly bodyLimit: number;
  readonly idempotency: IdempotentWrites;
  readonly log: (message: string, error: unknown) => void;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Operations whose 200 answer comes in several media types (CSV, CAP) vary by `Accept`. */
function negotiates(operation: Operation): boolean {
  const ok = operation.object.responses['200'] as { content?: Record<string, unknown> } | undefined;
  return Object.keys(ok?.content ?? {}).length > 1;
}

function representationOf(reply: Exclude<Reply, StreamReply>, operation: Operation): Representation {
  const vary: Record<string, string> = negotiates(operation) ? { Vary: 'Accept' } : {};
  const credentialed = operation.admin || (operation.object.security ?? []).some((requirement) => 'accessToken' in requirement);
  const cache = reply.cache ?? (operation.method === 'get' ? (credentialed ? 'private' : 'public') : 'none');
  const status = reply.status ?? 200;
  // `Object.assign`, not `{ ...vary, ...reply.headers }`: on Node 20, once optimised, a spread
  // followed by fields the first source lacks gives every answer's headers a hidden class of their own.
  const headers: Record<string, string> = Object.assign({}, vary, reply.headers);
  if ('json' in reply) return { status, type: JSON_TYPE, body: Buffer.from(JSON.stringify(reply.json)), cache, headers };
  return { status, type: reply.type, body: Buffer.from(reply.text), cache, headers };
}

function validatedInput(operation: Operation, ctx: Context, body: unknown): OperationInput<OperationId> {
  const parameters = validateParameters(operation, {
    query: new URLSearchParams(ctx.querystring),
    path: ctx.params as Record<string, string>,
    headers: ctx.headers,
  });
  const errors = parameters.ok ? [] : [...parameters.errors];
  if (operation.bodySchema) {
    const checked = validateBody(operation, body);
    if (!checked.ok) errors.push(...checked.errors);
    errors.push(...unpublishableTextErrors(body));
  }
  if (!parameters.ok || errors.length) throw new ApiError(validationProblem(errors));
  return {
    query: parameters.value.query,
    path: parameters.value.path,
    header: parameters.value.header,
    body,
  } as unknown as OperationInput<OperationId>;
}

/** What the router leaves on `ctx.state.idempotency` for a write sent with an `Idempotency-Key` (see `idempotent-answer.ts`). */
export interface IdempotencySlot {
  /** The key's answer for `reply`, serialised as it will be sent and replayed. */
  answer(reply: Reply): IdempotentAnswer;
}

function storedResponseOf(reply: Reply, operation: Operation): StoredResponse {
  if ('write' in reply) throw new Error(`${operation.operationId} streams its answer, which cannot be kept for an Idempotency-Key`);
  const representation = representationOf(reply, operation);
  return {
    status: representation.status,
    headers: { ...representation.headers, 'Content-Type': representation.type },
    body: representation.body.toString('utf8'),
  };
}

/** The idempotent path: the answer (problems included) is kept and replayed for the same key and body. */
async function respondOnce(
  ctx: Context,
  operation: Operation,
  key: string,
  body: unknown,
  handle: () => Promise<Reply>,
  options: OperationRouterOptions,
): Promise<void> {
  // A handler that stores a record hands this answer to the store, which keeps it in the record's
  // own transaction (see IdempotentAnswer); the same reply gives the same stored answer below.
  const slot: IdempotencySlot = {
    answer: (reply) => ({ scope: operation.operationId, key, response: storedResponseOf(reply, operation) }),
  };
  ctx.state['idempotency'] = slot;
  const { response, replayed } = await options.idempotency.respond(operation.operationId, key, body, async (): Promise<StoredResponse> => {
    try {
      return storedResponseOf(await handle(), operation);
    } catch (error) {
      const problem = problemFor(error, (unexpected) => options.log(`${operation.operationId} failed`, unexpected));
      const requestId = ctx.state['requestId'] as string;
      return {
        status: problem.body.status,
        headers: { ...problem.headers, 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({ ...problem.body, instance: ctx.path, requestId }),
      };
    }
  });
  const { 'Content-Type': type = JSON_TYPE, ...headers } = response.headers;
  sendRepresentation(ctx, {
    status: response.status,
    type,
    body: Buffer.from(response.body),
    cache: 'none',
    headers: { ...headers, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) },
  });
}

/**
 * A router with one route per operation of the v1 contract. Each route checks the staff token
 * (admin operations) before anything else, validates parameters and body with `@gongkai/spec`
 * (400 naming every invalid field), applies `Idempotency-Key` where the operation takes one, then
 * calls the handler and sends its reply with an ETag.
 */
export function operationRouter(handlers: OperationHandlers, options: OperationRouterOptions): Router {
  const router = new Router();
  for (const operation of operations.values()) {
    const handler = handlers[operation.operationId as OperationId] as OperationHandler<OperationId> | undefined;
    if (!handler) throw new Error(`no handler for the v1 operation ${operation.operationId}`);
    const path = operation.path.replace(/\{(\w+)\}/g, ':$1');
    const takesIdempotencyKey = operation.parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key');
    router.register(
      path,
      [operation.method.toUpperCase()],
      async (ctx: Context) => {
        if (operation.admin) options.authenticateAdmin(ctx);
        const body = operation.bodySchema ? await readJsonBody(ctx, options.bodyLimit) : undefined;
        const input = validatedInput(operation, ctx, body);
        const key = (input.header as Record<string, unknown>)['Idempotency-Key'];
        if (takesIdempotencyKey && typeof key === 'string') {
          await respondOnce(ctx, operation, key, body, () => handler(input, ctx), options);
          return;
        }
        const reply = await handler(input, ctx);
        if ('write' in reply) await sendStream(ctx, reply);
        else sendRepresentation(ctx, representationOf(reply, operation));
      },
      { name: operation.operationId },
    );
  }
  return router;
}
