import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import { getOperation, operations, validateSchema, type Operation } from '@gongkai/spec';
import { markedExample } from '../../contract/example-bodies';
import { successSchema } from '../../contract/declared-responses';
import { bodyJson, mediaType } from '../../http/exchange';
import { skipped, verdict, type Check } from '../../run/check';
import { failure, namesField, unexpectedAnswer, type Failure } from '../../run/failure';

const IDEMPOTENCY_KEY = 'Idempotency-Key';

/** The body with its longest free text changed: "another body" for the same key. */
function anotherBody(body: Record<string, unknown>): Record<string, unknown> {
  const [field] = Object.entries(body)
    .filter(([, value]) => typeof value === 'string')
    .sort((a, b) => String(b[1]).length - String(a[1]).length)[0] ?? ['description'];
  return { ...body, [field]: `${String(body[field] ?? '')}（另一次请求）` };
}

function idempotencyCheck(operation: Operation): Check {
  return {
    id: `writes.idempotency:${operation.operationId}`,
    area: 'writes',
    title: `POST ${operation.path} with Idempotency-Key: the same key and body replays the first answer, another body is 422`,
    needs: { writes: true },
    async run(context) {
      const marked = markedExample(operation, context.departmentIds[0]!);
      if (!marked) return skipped('the contract has no example body to send');
      const key = `conformance-${randomUUID()}`;
      const headers = { [IDEMPOTENCY_KEY]: key };
      const first = await context.write(operation.operationId, { json: marked.body, headers });
      const schema = successSchema(operation);
      if (first.response.status !== 201 || !schema || !validateSchema(schema, bodyJson(first.response)).ok)
        return verdict([unexpectedAnswer(first, `201 application/json with a ${schema ?? 'receipt'}`)]);
      context.written.set(operation.operationId, { receipt: bodyJson(first.response), personal: marked.personal });
      const failures: Failure[] = [];
      const replay = await context.write(operation.operationId, { json: marked.body, headers });
      if (replay.response.status !== first.response.status || !isDeepStrictEqual(bodyJson(replay.response), bodyJson(first.response)))
        failures.push(
          failure(
            `the same key and body answered ${replay.response.status} with another body`,
            `the first answer again (${first.response.status}, the same receipt), not a second record`,
            replay,
          ),
        );
      else if (replay.response.headers['idempotent-replayed'] !== 'true')
        failures.push(failure('the replayed answer has no Idempotent-Replayed: true', 'Idempotent-Replayed: true on a replay', replay));
      const conflict = await context.write(operation.operationId, { json: anotherBody(marked.body), headers });
      if (conflict.response.status !== 422 || mediaType(conflict.response) !== 'application/problem+json')
        failures.push(unexpectedAnswer(conflict, '422 application/problem+json: the key was used with another body'));
      return verdict(failures);
    },
  };
}

function badBodyCheck(operation: Operation): Check {
  return {
    id: `writes.bad-body:${operation.operationId}`,
    area: 'writes',
    title: `POST ${operation.path} with malformed JSON, a field of the wrong type or another media type: 400/415 problem+json, never 5xx`,
    needs: { writes: true },
    async run(context) {
      const marked = markedExample(operation, context.departmentIds[0]!);
      if (!marked) return skipped('the contract has no example body to send');
      const failures: Failure[] = [];
      const expectProblem = (exchange: Awaited<ReturnType<typeof context.write>>, status: number, what: string, pointer?: string) => {
        if (exchange.response.status !== status || mediaType(exchange.response) !== 'application/problem+json')
          failures.push(unexpectedAnswer(exchange, `${status} application/problem+json for ${what}`));
        else if (pointer && !namesField(bodyJson(exchange.response), pointer))
          failures.push(failure(`${what}: the problem does not name ${pointer}`, `errors[].pointer "${pointer}"`, exchange));
      };
      expectProblem(await context.write(operation.operationId, { text: '{"departmentId": ' }), 400, 'a body that is not JSON');
      const [field] = Object.entries(marked.body).find(([, value]) => typeof value === 'string') ?? [];
      if (field)
        expectProblem(
          await context.write(operation.operationId, { json: { ...marked.body, [field]: 12345 } }),
          400,
          `${field} as a number`,
          `/${field}`,
        );
      expectProblem(
        await context.write(operation.operationId, { text: JSON.stringify(marked.body), headers: { 'Content-Type': 'text/plain' } }),
        415,
        'a body sent as text/plain',
      );
      return verdict(failures);
    },
  };
}

const publicWrites = [...operations.values()].filter((operation) => !operation.admin && operation.method === 'post');
const takesKey = (operation: Operation) => operation.parameters.some((p) => p.in === 'header' && p.name === IDEMPOTENCY_KEY);

/** The idempotent writes of the contract (a disclosure request, feedback) and what bad bodies get. */
export const idempotencyChecks: Check[] = [
  ...publicWrites.filter(takesKey).map((operation) => idempotencyCheck(getOperation(operation.operationId))),
  ...publicWrites.filter(takesKey).map((operation) => badBodyCheck(getOperation(operation.operationId))),
];
