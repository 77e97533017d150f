import type { Operation } from './operations';

/**
 * One order a list is served in: by `field`, descending when `sort` starts with `-`. Ties are
 * broken by `id` in the same direction, so the order is total; records without the field come
 * last in either direction (SQL `NULLS LAST`). Every department sorts this way, which is what
 * lets the gateway merge their pages and resume them with one cursor.
 */
export interface ListOrder {
  /** As the contract writes it: `-publishedAt`, `revision`. */
  readonly sort: string;
  readonly field: string;
  readonly descending: boolean;
}

export interface ListOrders {
  /** The query parameter that picks the order (`sort`), for lists that take one. */
  readonly parameter?: string;
  readonly default: ListOrder;
  /** Every order the list can be asked for; one entry for a list with a fixed order. */
  readonly choices: readonly ListOrder[];
}

/** `-publishedAt` → descending by `publishedAt`. */
export function parseListOrder(sort: string): ListOrder {
  const descending = sort.startsWith('-');
  return { sort, field: descending ? sort.slice(1) : sort, descending };
}

const SORT_PARAMETER = 'sort';

/**
 * The orders the contract declares for a list operation: the values of its `sort` parameter, or
 * the fixed order of its `x-sort` extension. `undefined` for an operation with no declared order.
 */
export function listOrders(operation: Operation): ListOrders | undefined {
  const parameter = operation.parameters.find((p) => p.in === 'query' && p.name === SORT_PARAMETER);
  const values = parameter?.schema['enum'];
  const fallback = parameter?.schema['default'];
  if (parameter && Array.isArray(values) && typeof fallback === 'string') {
    return {
      parameter: parameter.name,
      default: parseListOrder(fallback),
      choices: values.filter((value): value is string => typeof value === 'string').map(parseListOrder),
    };
  }
  const fixed = operation.object['x-sort'];
  if (typeof fixed !== 'string') return undefined;
  const order = parseListOrder(fixed);
  return { default: order, choices: [order] };
}

/** What a sort field may hold; anything else counts as missing. */
type SortValue = string | number | null;

function sortValue(record: object, field: string): SortValue {
  const value: unknown = Reflect.get(record, field);
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : null;
}

/**
 * Where two records stand in `order`: negative when `a` comes first. RFC 3339 timestamps compare
 * as instants (`09:00:00+08:00` equals `01:00:00Z`), other strings by code units (locale-free,
 * like SQL's binary collation; `YYYY-MM-DD` dates sort right as strings), numbers by value.
 */
export function compareInListOrder(a: object, b: object, order: ListOrder): number {
  const valueA = sortValue(a, order.field);
  const valueB = sortValue(b, order.field);
  if ((valueA === null) !== (valueB === null)) return valueA === null ? 1 : -1;
  const byValue = valueA === null || valueB === null ? 0 : compareValues(valueA, valueB);
  const byId = compareCodeUnits(String(Reflect.get(a, 'id') ?? ''), String(Reflect.get(b, 'id') ?? ''));
  return (order.descending ? -1 : 1) * (byValue !== 0 ? byValue : byId);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const instantA = typeof a === 'string' ? parseInstant(a) : undefined;
  const instantB = typeof b === 'string' ? parseInstant(b) : undefined;
  if (instantA && instantB) {
    if (instantA.epochMs !== instantB.epochMs) return instantA.epochMs - instantB.epochMs;
    const width = Math.max(instantA.fraction.length, instantB.fraction.length);
    return compareCodeUnits(instantA.fraction.padEnd(width, '0'), instantB.fraction.padEnd(width, '0'));
  }
  // Mixed kinds still need a total order: numbers, then timestamps, then other text.
  const kind = (value: string | number, instant: unknown) => (typeof value === 'number' ? 0 : instant ? 1 : 2);
  const kinds = kind(a, instantA) - kind(b, instantB);
  return kinds !== 0 ? kinds : compareCodeUnits(String(a), String(b));
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** An RFC 3339 timestamp as whole milliseconds since the epoch plus its sub-second digits (kept exact). */
function parseInstant(text: string): { epochMs: number; fraction: string } | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zulu, sign, offsetHours, offsetMinutes] = match;
  const offsetMs = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const localMs = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  return { epochMs: localMs - offsetMs, fraction: fraction.replace(/0+$/, '') };
}
