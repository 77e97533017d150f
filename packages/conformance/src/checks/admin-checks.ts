import { operations, type Operation } from '@gongkai/spec';
import { absentId } from '../contract/absent-ids';
import { mediaType, type Exchange } from '../http/exchange';
import { passed, type Check } from '../run/check';
import { unexpectedAnswer, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';

/** 401 problem+json; a department that does not serve the admin operations at all may say 404. */
function closed(exchange: Exchange): boolean {
  const { status } = exchange.response;
  return (status === 401 || status === 404) && mediaType(exchange.response) === 'application/problem+json';
}

async function tryWithout(context: RunContext, operation: Operation, headers: Record<string, string>): Promise<Exchange> {
  const path = Object.fromEntries(
    operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, absentId(p, context.departmentIds[0]!)]),
  );
  // An empty body: a server that ignored the token would still refuse it, so nothing is written.
  return operation.method === 'get'
    ? context.read(operation.operationId, { path, headers })
    : context.write(operation.operationId, { path, json: {}, headers });
}

function adminCheck(operation: Operation): Check {
  const writes = operation.method !== 'get';
  return {
    id: `admin.token-required:${operation.operationId}`,
    area: 'admin',
    title: `${operation.method.toUpperCase()} ${operation.path} without a staff token, or with a wrong one: 401 problem+json`,
    ...(writes ? { needs: { writes: true } } : {}),
    async run(context) {
      const failures: Failure[] = [];
      const answers: string[] = [];
      const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer conformance-not-a-staff-token-000000' }];
      for (const headers of attempts) {
        const exchange = await tryWithout(context, operation, headers);
        answers.push(String(exchange.response.status));
        if (!closed(exchange))
          failures.push(
            unexpectedAnswer(
              exchange,
              `401 application/problem+json ${'Authorization' in headers ? 'for a wrong token' : 'without a token'}`,
            ),
          );
      }
      if (failures.length) return { status: 'failed', failures };
      return passed(answers.includes('404') ? 'answered 404: the admin operations are not served here' : undefined);
    },
  };
}

/** The staff operations stay closed to everyone else: reads always checked, writes only with --allow-writes. */
export const adminChecks: Check[] = [...operations.values()].filter((operation) => operation.admin).map(adminCheck);
