import { describe, expect, it } from 'vitest';
import { compareInListOrder, listOrders, parseListOrder } from './list-order';
import { getOperation, operations } from './operations';

describe('listOrders', () => {
  it('reads the choices of a sort parameter, with its default', () => {
    const orders = listOrders(getOperation('listItems'));
    expect(orders?.parameter).toBe('sort');
    expect(orders?.default).toEqual({ sort: '-publishedAt', field: 'publishedAt', descending: true });
    expect(orders?.choices.map((order) => order.sort)).toContain('writtenOn');
  });

  it('reads the fixed order of a list without a sort parameter from x-sort', () => {
    expect(listOrders(getOperation('listAlerts'))).toEqual({
      default: { sort: '-issuedAt', field: 'issuedAt', descending: true },
      choices: [{ sort: '-issuedAt', field: 'issuedAt', descending: true }],
    });
    expect(listOrders(getOperation('listItemHistory'))?.default).toEqual({ sort: 'revision', field: 'revision', descending: false });
  });

  it('declares an order for every public list that pages with a cursor', () => {
    const paged = [...operations.values()].filter(
      (operation) => !operation.admin && operation.parameters.some((parameter) => parameter.name === 'cursor'),
    );
    expect(paged.length).toBeGreaterThan(4);
    for (const operation of paged) expect(listOrders(operation), operation.operationId).toBeDefined();
  });
});

describe('compareInListOrder', () => {
  const newestFirst = parseListOrder('-publishedAt');

  it('compares timestamps as instants, whatever their offset', () => {
    const a = { id: 'x:1', publishedAt: '2026-05-15T09:00:00+08:00' };
    const b = { id: 'x:2', publishedAt: '2026-05-15T02:00:00Z' };
    expect(compareInListOrder(b, a, newestFirst)).toBeLessThan(0);
  });

  it('breaks ties by id in the same direction', () => {
    const a = { id: 'x:1', publishedAt: '2026-05-15T09:00:00+08:00' };
    const b = { id: 'x:2', publishedAt: '2026-05-15T01:00:00Z' };
    expect(compareInListOrder(b, a, newestFirst)).toBeLessThan(0);
    expect(compareInListOrder(a, b, parseListOrder('publishedAt'))).toBeLessThan(0);
  });

  it('puts records without the field last in either direction', () => {
    const dated = { id: 'x:1', writtenOn: '2026-01-01' };
    const undated = { id: 'x:0' };
    expect(compareInListOrder(undated, dated, parseListOrder('writtenOn'))).toBeGreaterThan(0);
    expect(compareInListOrder(undated, dated, parseListOrder('-writtenOn'))).toBeGreaterThan(0);
  });

  it('keeps sub-millisecond digits', () => {
    const a = { id: 'x:1', updatedAt: '2026-05-15T09:00:00.1234561+08:00' };
    const b = { id: 'x:2', updatedAt: '2026-05-15T09:00:00.123456+08:00' };
    expect(compareInListOrder(a, b, parseListOrder('updatedAt'))).toBeGreaterThan(0);
  });
});
