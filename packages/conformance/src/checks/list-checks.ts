import { compareInListOrder, type ListOrder } from '@gongkai/spec';
import { listOperations, type ListOperation } from '../contract/list-operations';
import { passed, skipped, verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';
import { recordKey, type Walk } from '../run/walk';
import { bodyJson } from '../http/exchange';
import { compareWalks } from './compare-walks';

/** Page sizes a walk is repeated with, and how many pages of each are read: small pages cross many boundaries. */
const WALK_PAGE_SIZES = [
  { pageSize: 7, pages: 20 },
  { pageSize: 1, pages: 10 },
];

async function needsPath(context: RunContext, list: ListOperation): Promise<Record<string, string> | string> {
  const hasPath = list.operation.parameters.some((p) => p.in === 'path');
  const path = await context.pathValues(list.operation);
  if (hasPath && !path) return 'no record to ask for (the list it takes ids from is empty)';
  return path ?? {};
}

function limitCheck(list: ListOperation): Check {
  const bounds = list.limit!;
  return {
    id: `lists.limit:${list.operation.operationId}`,
    area: 'lists',
    title: `GET ${list.operation.path}: a page never holds more than limit (${bounds.min}–${bounds.max}, default ${bounds.default})`,
    async run(context) {
      const path = await needsPath(context, list);
      if (typeof path === 'string') return skipped(path);
      const reference = await context.walk(list.operation.operationId, { path });
      const failures: Failure[] = [];
      for (const limit of [bounds.min, bounds.max, undefined]) {
        const exchange = await context.read(list.operation.operationId, { path, query: { limit } });
        const data = (bodyJson(exchange.response) as { data?: unknown[] } | undefined)?.data;
        const allowed = limit ?? bounds.default;
        const asked = limit === undefined ? `no limit (default ${bounds.default})` : `limit=${limit}`;
        if (exchange.response.status !== 200 || !Array.isArray(data))
          failures.push(unexpectedAnswer(exchange, `200 with a page for ${asked}`));
        else if (data.length > allowed) failures.push(failure(`${asked} gave ${data.length} records`, `at most ${allowed}`, exchange));
        else if (data.length === 0 && reference.records.length > 0)
          failures.push(failure(`${asked} gave an empty page of a list that has records`, 'at least one record', exchange));
      }
      return verdict(failures);
    },
  };
}

function cursorWalkCheck(list: ListOperation): Check {
  return {
    id: `lists.cursor-walk:${list.operation.operationId}`,
    area: 'lists',
    title: `GET ${list.operation.path}: walking links.next at page sizes ${list.limit!.max}, ${WALK_PAGE_SIZES.map((s) => s.pageSize).join(' and ')} sees every record once, in the same order`,
    async run(context) {
      const path = await needsPath(context, list);
      if (typeof path === 'string') return skipped(path);
      const field = list.orders?.default.field;
      const reference = await context.walk(list.operation.operationId, { path });
      if (reference.failures.length) return { status: 'failed', failures: reference.failures };
      const repeats = repeatedKeys(reference, field);
      if (repeats.length) return { status: 'failed', failures: repeats };
      const failures: Failure[] = [];
      for (const { pageSize, pages } of WALK_PAGE_SIZES) {
        const walk = await context.walk(list.operation.operationId, { path, pageSize, maxRecords: pageSize * pages });
        failures.push(...walk.failures, ...compareWalks(reference, walk, pageSize, field));
      }
      const detail = `${reference.records.length}${reference.complete ? '' : '+'} records`;
      return verdict(failures, detail);
    },
  };
}

function repeatedKeys(walk: Walk, field: string | undefined): Failure[] {
  const seen = new Map<string, number>();
  const failures: Failure[] = [];
  walk.pages.forEach((page, index) => {
    for (const record of page.records) {
      const key = recordKey(record, field);
      const first = seen.get(key);
      if (first !== undefined)
        failures.push(
          failure(`record ${key} is on page ${first + 1} and again on page ${index + 1}`, 'every record exactly once', page.exchange),
        );
      else seen.set(key, index);
    }
  });
  return failures.slice(0, 5);
}

function describeOrder(order: ListOrder): string {
  return `${order.field} ${order.descending ? 'descending' : 'ascending'}, ties by id`;
}

function sortCheck(list: ListOperation): Check {
  const orders = list.orders!;
  return {
    id: `lists.sort-order:${list.operation.operationId}`,
    area: 'lists',
    title: `GET ${list.operation.path}: records come in the declared order (${orders.choices.map((o) => o.sort).join(', ')})`,
    async run(context) {
      const path = await needsPath(context, list);
      if (typeof path === 'string') return skipped(path);
      const failures: Failure[] = [];
      let compared = 0;
      for (const order of orders.choices) {
        const query = orders.parameter && order.sort !== orders.default.sort ? { [orders.parameter]: order.sort } : {};
        const walk = await context.walk(list.operation.operationId, { path, query });
        failures.push(...walk.failures);
        const records = walk.records;
        for (let i = 1; i < records.length; i++) {
          compared++;
          if (compareInListOrder(records[i - 1]!, records[i]!, order) < 0) continue;
          const page = walk.pages.find((p) => p.records.includes(records[i]!));
          const show = (r: (typeof records)[number]) =>
            `${recordKey(r, order.field)} (${order.field} ${JSON.stringify(r[order.field] ?? null)})`;
          failures.push(failure(`${show(records[i - 1]!)} comes before ${show(records[i]!)}`, describeOrder(order), page?.exchange));
          break;
        }
      }
      return failures.length
        ? verdict(failures)
        : passed(`${compared} neighbouring pairs in ${orders.choices.length} order${orders.choices.length === 1 ? '' : 's'}`);
    },
  };
}

const paged = listOperations.filter((list) => list.position === 'cursor' && list.limit);

/** Limits, cursor walks and orders of every list that pages with a cursor (the changes feed has its own checks). */
export const listChecks: Check[] = [
  ...listOperations.filter((list) => list.limit).map(limitCheck),
  ...paged.map(cursorWalkCheck),
  ...paged.filter((list) => list.orders).map(sortCheck),
];
