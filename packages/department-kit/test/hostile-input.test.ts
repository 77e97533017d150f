import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, operations, validateSchema, type Operation } from '@gongkai/spec';
import { department } from './support/fixtures';
import { ADMIN_TOKEN, startDepartment, type TestDepartment } from './support/department-server';

/** Query values that break parsers: empty, huge, negative, far dates, not numbers, not UTF-8-safe text. */
const HOSTILE_VALUES = [
  '',
  'x',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '0001-01-01',
  '9999-12-31',
  '2026-02-30',
  'a'.repeat(5000),
  '%00',
  '"\'<>&',
  '\uFFFF\u0000',
];

/** Calendar dates and timestamps at both ends of what the formats allow. */
const EXTREMES = { date: ['0001-01-01', '9999-12-31'], dateTime: ['0001-01-01T00:00:00Z', '9999-12-31T23:59:60+08:00'] };

/** The contract's own example of a schema, with every date (or every timestamp) set to `value`. */
function exampleWith(schema: string, dateValue: string | undefined, dateTimeValue: string | undefined): unknown {
  const example = (openApiDocument.components.schemas[schema]?.['examples'] as unknown[] | undefined)?.[0];
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && dateValue) return dateValue;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && dateTimeValue) return dateTimeValue;
    if (typeof value === 'string' && /^[a-z][a-z0-9-]+:/.test(value) && !value.startsWith('http'))
      return value.replace(/^[a-z][a-z0-9-]+:/, `${department.id}:`);
    if (value === 'ln-finance' || value === 'ln-housing' || value === 'ln-emergency' || value === 'ln-zhangwu') return department.id;
    return value;
  };
  return walk(example);
}

function pathFor(operation: Operation, id: string): string {
  return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => (name === 'departmentId' ? department.id : encodeURIComponent(id)));
}

describe('hostile input', () => {
  let server: TestDepartment;
  const failures: string[] = [];
  beforeAll(async () => {
    server = await startDepartment({ now: '2026-05-15T10:00:00+08:00' });
  });
  afterAll(() => server.close());

  async function probe(
    operation: Operation,
    label: string,
    init: { path?: string; query?: string; body?: string; headers?: Record<string, string> },
  ) {
    const headers: Record<string, string> = { Authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers };
    if (init.body !== undefined) headers['Content-Type'] ??= 'application/json';
    const response = await fetch(`${server.url}${init.path ?? pathFor(operation, `${department.id}:none`)}${init.query ?? ''}`, {
      method: operation.method.toUpperCase(),
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await response.text();
    const problem = response.status >= 400 ? (JSON.parse(text) as unknown) : undefined;
    if (response.status >= 500 || (problem !== undefined && !validateSchema('Problem', problem).ok))
      failures.push(`${operation.operationId} ${label}: ${response.status} ${text.slice(0, 200)}`);
  }

  it('never answers a 500 or anything but a problem, whatever the parameters, headers and bodies', async () => {
    for (const operation of operations.values()) {
      for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
        for (const value of HOSTILE_VALUES)
          await probe(operation, `?${parameter.name}=${value.slice(0, 20)}`, { query: `?${parameter.name}=${encodeURIComponent(value)}` });
      }
      await probe(operation, 'odd id', { path: pathFor(operation, 'x'.repeat(300)) });
      await probe(operation, 'odd headers', {
        headers: { 'If-None-Match': '"', 'If-Match': 'W/"x"', 'Idempotency-Key': 'x'.repeat(200), 'X-Request-Id': '<script>' },
      });
      if (!operation.bodySchema) continue;
      for (const body of ['null', '[]', '"text"', '1', '{}', '{"a":'.repeat(50), '{"__proto__":{"polluted":true}}'])
        await probe(operation, `body ${body.slice(0, 12)}`, { body });
      await probe(operation, 'form body', { body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
      for (const date of [undefined, ...EXTREMES.date]) {
        for (const dateTime of [undefined, ...EXTREMES.dateTime]) {
          await probe(operation, `example ${date} ${dateTime}`, {
            body: JSON.stringify(exampleWith(operation.bodySchema, date, dateTime)),
          });
        }
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
