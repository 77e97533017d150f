import { describe, expect, it } from 'vitest';
import type { Exchange } from '../http/exchange';
import { responseViolations } from './response-violations';

function exchange(operationId: string, status: number, headers: Record<string, string>, body: unknown): Exchange {
  return {
    operationId,
    credentialed: false,
    request: { method: 'GET', url: 'http://department.test/v1/items', headers: {} },
    response: { status, headers, body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) },
  };
}

const problem = (status: number) => ({ type: 'urn:gongkai:problem:validation', title: 'Bad', status });

describe('responseViolations', () => {
  it('accepts an answer the contract declares', () => {
    expect(
      responseViolations(
        exchange('listItems', 200, { 'content-type': 'application/json; charset=utf-8' }, { data: [], meta: {}, links: {} }),
      ),
    ).toEqual([]);
    expect(responseViolations(exchange('listItems', 400, { 'content-type': 'application/problem+json' }, problem(400)))).toEqual([]);
  });

  it('names an undeclared status, a server error above all', () => {
    const [violation] = responseViolations(exchange('listItems', 500, { 'content-type': 'text/html' }, '<h1>error</h1>'));
    expect(violation).toMatch(
      /^answered 500, a server error, which the contract does not declare for listItems \(it declares 200, 304, 400, 429\)/,
    );
  });

  it('names a media type the status does not declare, and a body that is not what it says', () => {
    expect(responseViolations(exchange('listItems', 200, { 'content-type': 'text/html' }, '<p>')).join()).toContain(
      'Content-Type is "text/html"',
    );
    expect(responseViolations(exchange('listItems', 200, { 'content-type': 'application/json' }, '{oops')).join()).toContain('not JSON');
  });

  it('names every field that breaks the schema, by pointer', () => {
    const [violation] = responseViolations(
      exchange('listItems', 200, { 'content-type': 'application/json' }, { data: [{ id: 7 }], meta: {}, links: {} }),
    );
    expect(violation).toContain('the body breaks the schema ItemList');
    expect(violation).toContain('/data/0/departmentId is required');
  });

  it('wants the problem’s status to be the HTTP status, a 304 without a body, declared headers of their type', () => {
    expect(responseViolations(exchange('listItems', 400, { 'content-type': 'application/problem+json' }, problem(422))).join()).toContain(
      '"status" is 422',
    );
    expect(responseViolations(exchange('listItems', 304, {}, 'stale')).join()).toContain('has no body');
    const replayed = exchange('submitRequest', 400, { 'content-type': 'application/problem+json', 'x-request-id': 'a' }, problem(400));
    expect(responseViolations(replayed)).toEqual([]);
  });
});
