import { operations, type Operation } from '@gongkai/spec';
import { requiredQuery } from '../contract/parameter-values';
import { responseViolations } from '../contract/response-violations';
import { passed, skipped, type Check } from '../run/check';
import { failure, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';

const MAX_SHOWN = 10;

/** A request for an operation no other check made: its path values from the lists, its required query from examples. */
async function baseline(context: RunContext, operation: Operation): Promise<string | undefined> {
  if (operation.method !== 'get') return 'not exercised: it writes; run with --allow-writes';
  const path = await context.pathValues(operation);
  if (!path) return 'not exercised: no record to ask for (the list it takes ids from is empty)';
  const headers: Record<string, string> =
    operation.admin && context.settings.staffToken ? { Authorization: `Bearer ${context.settings.staffToken}` } : {};
  await context.read(operation.operationId, { path, query: requiredQuery(operation), headers });
  return undefined;
}

function contractCheck(operation: Operation): Check {
  return {
    id: `contract.${operation.operationId}`,
    area: 'contract',
    title: `${operation.method.toUpperCase()} ${operation.path}: every answer has a declared status, media type, headers and a body that validates`,
    ...(operation.admin ? { needs: { staffToken: true } } : {}),
    async run(context) {
      // Admin operations are judged here only as staff see them; without a token the admin checks judge them.
      const judged = () =>
        context.probe.exchanges.filter((e) => e.operationId === operation.operationId && (!operation.admin || e.credentialed));
      if (judged().length === 0) {
        const reason = await baseline(context, operation);
        if (reason) return skipped(reason);
      }
      const exchanges = judged();
      if (exchanges.length === 0) return skipped('not exercised by any check');
      const failures: Failure[] = [];
      let failing = 0;
      for (const exchange of exchanges) {
        const violations = responseViolations(exchange);
        if (violations.length === 0) continue;
        failing++;
        if (failures.length < MAX_SHOWN)
          failures.push(failure(violations.join('\n'), 'an answer the contract declares for this operation', exchange));
      }
      if (failing > MAX_SHOWN) failures.push({ message: `and ${failing - MAX_SHOWN} more answers like these` });
      const detail = `${exchanges.length} answer${exchanges.length === 1 ? '' : 's'} checked`;
      return failures.length ? { status: 'failed', failures, detail } : passed(detail);
    },
  };
}

/**
 * One check per public operation, and per staff read: every answer it gave during the run is
 * judged. Staff writes are left out: the checks change no record of the department.
 */
export const contractChecks: Check[] = [...operations.values()]
  .filter((operation) => !operation.admin || operation.method === 'get')
  .map(contractCheck);
