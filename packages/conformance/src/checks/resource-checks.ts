import { isDeepStrictEqual } from 'node:util';
import type { Operation } from '@gongkai/spec';
import { absentId } from '../contract/absent-ids';
import { declaredStatuses } from '../contract/declared-responses';
import { listOperations, publicReads, type ListOperation } from '../contract/list-operations';
import { bodyJson, mediaType } from '../http/exchange';
import { skipped, verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';

const SAMPLE_SIZE = 10;

function resolveCheck(list: ListOperation): Check {
  const single = list.single!;
  const parameter = single.parameters.find((p) => p.in === 'path')!.name;
  return {
    id: `resources.ids-resolve:${single.operationId}`,
    area: 'resources',
    title: `GET ${single.path}: ids from GET ${list.operation.path} resolve to the same record`,
    async run(context) {
      const records = await context.sampleRecords(list.operation.operationId, SAMPLE_SIZE);
      if (records.length === 0) return skipped(`GET ${list.operation.path} is empty`);
      const failures: Failure[] = [];
      for (const record of records) {
        const id = String(record['id']);
        const exchange = await context.read(single.operationId, { path: { [parameter]: id } });
        const body = bodyJson(exchange.response) as Record<string, unknown> | undefined;
        if (exchange.response.status !== 200 || !body) {
          failures.push(unexpectedAnswer(exchange, `200 with ${id}`));
          continue;
        }
        if (body['id'] !== id) {
          failures.push(failure(`asked for ${id}, got ${JSON.stringify(body['id'])}`, 'the record asked for', exchange));
          continue;
        }
        // A list may leave fields out (an item's body); those it shows must be the record's own.
        const differing = Object.keys(record).filter((field) => !isDeepStrictEqual(record[field], body[field]));
        if (differing.length)
          failures.push(
            failure(`${id} differs from its list entry in ${differing.join(', ')}`, 'the fields a list shows equal the record’s', exchange),
          );
      }
      return verdict(failures, `${records.length} ids`);
    },
  };
}

function unknownIdCheck(operation: Operation): Check {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const tokenRequired =
    (operation.object.security ?? []).every((requirement) => 'accessToken' in requirement) && operation.object.security?.length;
  return {
    id: `resources.unknown-id:${operation.operationId}`,
    area: 'resources',
    title: `${operation.method.toUpperCase()} ${operation.path} with an id nobody issued: 404 problem+json`,
    async run(context) {
      const path = Object.fromEntries(pathParameters.map((p) => [p.name, absentId(p, context.departmentIds[0]!)]));
      // Where a token is needed, a wrong one must look exactly like an unknown id (tracking numbers cannot be probed).
      const headers: Record<string, string> = tokenRequired ? { Authorization: 'Bearer conformance-wrong-token-0000000000' } : {};
      const exchange = await context.read(operation.operationId, { path, headers });
      const problem = bodyJson(exchange.response) as { status?: unknown } | undefined;
      if (exchange.response.status !== 404 || mediaType(exchange.response) !== 'application/problem+json' || problem?.status !== 404)
        return verdict([unexpectedAnswer(exchange, '404 application/problem+json with "status": 404')]);
      return verdict([]);
    },
  };
}

/** Ids that resolve, and ids that do not exist answered with 404. */
export const resourceChecks: Check[] = [
  ...listOperations.filter((list) => list.single).map(resolveCheck),
  ...publicReads()
    .filter((operation) => operation.parameters.some((p) => p.in === 'path') && declaredStatuses(operation).includes('404'))
    .map(unknownIdCheck),
];
