import type { Operation, ParameterObject } from '@gongkai/spec';
import { POSITION_PARAMETERS, publicReads } from '../contract/list-operations';
import { absentId } from '../contract/absent-ids';
import { invalidValues, requiredQuery } from '../contract/parameter-values';
import { bodyJson, mediaType } from '../http/exchange';
import { passed, type Check } from '../run/check';
import { failure, namesField, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';
import { needsToken } from './conditional-checks';

// A cursor is opaque, so the schema cannot tell a forged one; the server that issued it can.
const FORGED_POSITION = 'conformance-not-a-position';

function badValues(operation: Operation, parameter: ParameterObject): string[] {
  const values = invalidValues(operation, parameter);
  if (parameter.in === 'query' && POSITION_PARAMETERS.includes(parameter.name)) values.unshift(FORGED_POSITION);
  return values;
}

/** The answer to one bad value: 400 problem+json whose `errors` point at the parameter. */
async function tryBadValue(
  context: RunContext,
  operation: Operation,
  parameter: ParameterObject,
  value: string,
  valid: Record<string, string>,
): Promise<Failure | undefined> {
  const pointer = `/${parameter.in}/${parameter.name}`;
  const path = { ...valid, ...(parameter.in === 'path' ? { [parameter.name]: value } : {}) };
  const query = { ...requiredQuery(operation), ...(parameter.in === 'query' ? { [parameter.name]: value } : {}) };
  const headers: Record<string, string> = needsToken(operation) ? { Authorization: 'Bearer conformance-wrong-token-0000000000' } : {};
  const exchange = await context.read(operation.operationId, { path, query, headers });
  const shown = value.length > 40 ? `${value.slice(0, 20)}… (${value.length} characters)` : value;
  const expected = `400 application/problem+json with errors[].pointer "${pointer}"`;
  const { status } = exchange.response;
  if (status >= 500) return failure(`${parameter.name}=${shown} caused a server error (${status})`, expected, exchange);
  if (status !== 400 || mediaType(exchange.response) !== 'application/problem+json')
    return failure(`${parameter.name}=${shown} answered ${status} ${mediaType(exchange.response)}`, expected, exchange);
  if (!namesField(bodyJson(exchange.response), pointer))
    return failure(`${parameter.name}=${shown}: the problem does not name the parameter`, expected, exchange);
  return undefined;
}

function badInputCheck(operation: Operation): Check {
  const parameters = operation.parameters.filter((p) => p.in === 'query' || p.in === 'path');
  return {
    id: `bad-input.parameters:${operation.operationId}`,
    area: 'bad-input',
    title: `GET ${operation.path} with wrong types, out-of-range or unknown values and forged cursors: 400 problem+json naming the parameter, never 5xx`,
    async run(context) {
      // Valid path values where another parameter is the bad one; ids nobody issued are fine for that.
      const valid =
        (await context.pathValues(operation)) ??
        Object.fromEntries(
          operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, absentId(p, context.departmentIds[0]!)]),
        );
      const failures: Failure[] = [];
      const tried: string[] = [];
      for (const parameter of parameters) {
        const values = badValues(operation, parameter);
        if (values.length) tried.push(`${parameter.name} ×${values.length}`);
        for (const value of values) {
          const found = await tryBadValue(context, operation, parameter, value, valid);
          if (found) failures.push(found);
        }
      }
      return failures.length ? { status: 'failed', failures, detail: tried.join(', ') } : passed(tried.join(', '));
    },
  };
}

/** Hostile parameters on every public read: the values come from the contract's own validator. */
export const badInputChecks: Check[] = publicReads()
  .filter((operation) =>
    operation.parameters.some(
      (parameter) => (parameter.in === 'query' || parameter.in === 'path') && badValues(operation, parameter).length > 0,
    ),
  )
  .map(badInputCheck);
