import type { ParameterObject } from '@gongkai/spec';
import { filterRule, type FilterRule } from '../contract/filter-rules';
import { listOperations, type ListOperation } from '../contract/list-operations';
import { bodyJson, mediaType } from '../http/exchange';
import { skipped, verdict, type Check } from '../run/check';
import { failure, namesField, unexpectedAnswer, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';
import { recordKey, type ListRecord } from '../run/walk';

const MAX_SHOWN = 5;

/** For a match the list view cannot show (a word only in an item's body): the record itself decides. */
async function matchesInFull(
  context: RunContext,
  list: ListOperation,
  rule: FilterRule,
  record: ListRecord,
  value: string,
): Promise<boolean> {
  if (!list.single || typeof record['id'] !== 'string') return false;
  const parameter = list.single.parameters.find((p) => p.in === 'path')!.name;
  const exchange = await context.read(list.single.operationId, { path: { [parameter]: record['id'] } });
  const full = bodyJson(exchange.response);
  return exchange.response.status === 200 && typeof full === 'object' && full !== null && rule.matches(full as ListRecord, value) === true;
}

/** A value nothing matches: an empty list, or a 400 that names the parameter. */
async function absentValueAnswer(
  context: RunContext,
  list: ListOperation,
  parameter: ParameterObject,
  value: string,
): Promise<Failure | undefined> {
  const exchange = await context.read(list.operation.operationId, { query: { [parameter.name]: value } });
  const body = bodyJson(exchange.response) as { data?: unknown[] } | undefined;
  const expected = `200 with no records, or 400 application/problem+json naming /query/${parameter.name}`;
  if (exchange.response.status === 200 && Array.isArray(body?.data)) {
    return body.data.length === 0
      ? undefined
      : failure(`${parameter.name}=${value} returned ${body.data.length} records`, expected, exchange);
  }
  const named =
    exchange.response.status === 400 &&
    mediaType(exchange.response) === 'application/problem+json' &&
    namesField(body, `/query/${parameter.name}`);
  return named ? undefined : unexpectedAnswer(exchange, expected);
}

function filterCheck(list: ListOperation, parameter: ParameterObject): Check {
  const rule = filterRule(list, parameter);
  const field = list.orders?.default.field;
  return {
    id: `filters.${parameter.name}:${list.operation.operationId}`,
    area: 'filters',
    title: `GET ${list.operation.path}?${parameter.name}=…: only matching records${rule ? ` (${rule.meaning})` : ''}, and all of them`,
    async run(context) {
      if (!rule) return skipped(`the checks have no rule for what "${parameter.name}" matches`);
      const reference = await context.walk(list.operation.operationId);
      if (reference.failures.length) return skipped('the list itself could not be walked (see lists)');
      const values = rule.values(reference.records, context.departmentIds);
      if (values.length === 0) return skipped(`no record has a value for "${parameter.name}"`);
      const failures: Failure[] = [];
      const counts: string[] = [];
      for (const value of values) {
        const walk = await context.walk(list.operation.operationId, { query: { [parameter.name]: value } });
        failures.push(...walk.failures);
        for (const record of walk.records) {
          const match = rule.matches(record, value) ?? (await matchesInFull(context, list, rule, record, value));
          if (match) continue;
          const page = walk.pages.find((p) => p.records.includes(record));
          failures.push(
            failure(`${parameter.name}=${value} returned ${recordKey(record, field)}, which does not match`, rule.meaning, page?.exchange),
          );
        }
        if (!rule.exhaustive && walk.records.length === 0 && walk.failures.length === 0)
          failures.push(
            failure(`${parameter.name}=${value} found nothing`, `at least the record the value was taken from`, walk.pages[0]?.exchange),
          );
        // With both walks complete the answer must hold every matching record the unfiltered list has.
        if (rule.exhaustive && reference.complete && walk.complete) {
          const returned = new Set(walk.records.map((record) => recordKey(record, field)));
          const missing = reference.records.filter(
            (record) => rule.matches(record, value) === true && !returned.has(recordKey(record, field)),
          );
          for (const record of missing.slice(0, MAX_SHOWN))
            failures.push(
              failure(
                `${parameter.name}=${value} left out ${recordKey(record, field)}, which matches`,
                'every matching record of the list',
                walk.pages[0]?.exchange,
              ),
            );
        }
        counts.push(`${parameter.name}=${value}: ${walk.records.length}`);
      }
      if (rule.absent) {
        const found = await absentValueAnswer(context, list, parameter, rule.absent);
        if (found) failures.push(found);
      }
      const shown = failures.slice(0, MAX_SHOWN);
      if (failures.length > MAX_SHOWN) shown.push({ message: `and ${failures.length - MAX_SHOWN} more` });
      return verdict(shown, counts.join(', '));
    },
  };
}

/** One check per filter parameter of every list, its meaning derived from the contract. */
export const filterChecks: Check[] = listOperations.flatMap((list) => list.filters.map((parameter) => filterCheck(list, parameter)));
