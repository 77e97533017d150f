import { describe, expect, it } from 'vitest';
import { validateBody, validateParameters } from './validate-request';

describe('validateParameters', () => {
  it('coerces query strings to the declared types and applies defaults', () => {
    const result = validateParameters('listItems', { query: new URLSearchParams('limit=50&department=ln-finance,ln-housing') });
    expect(result).toEqual({
      ok: true,
      value: { query: { limit: 50, department: ['ln-finance', 'ln-housing'], sort: '-publishedAt' }, path: {}, header: {} },
    });
  });

  it('names the field and the rule of an out-of-range limit', () => {
    const result = validateParameters('listItems', { query: { limit: '500' } });
    expect(result).toEqual({ ok: false, errors: [{ pointer: '/query/limit', message: 'must be <= 100' }] });
  });

  it('rejects a misspelt filter instead of ignoring it', () => {
    const result = validateParameters('listItems', { query: { categroy: 'plans' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.pointer).toBe('/query/categroy');
      expect(result.errors[0]?.message).toMatch(/^is not a parameter of this operation \(known: department, category/);
    }
  });

  it('rejects a repeated parameter', () => {
    const result = validateParameters('listItems', { query: new URLSearchParams('limit=1&limit=2') });
    expect(result).toEqual({ ok: false, errors: [{ pointer: '/query/limit', message: 'must be given once' }] });
  });

  it('validates each element of a list parameter', () => {
    const result = validateParameters('listItems', { query: { department: 'ln-finance,Bad Id' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.pointer).toBe('/query/department/1');
  });

  it('requires a required query parameter', () => {
    const result = validateParameters('getAnnualReport', { query: {} });
    expect(result).toEqual({ ok: false, errors: [{ pointer: '/query/year', message: 'is required' }] });
  });

  it('validates path parameters', () => {
    expect(validateParameters('getItem', { path: { itemId: 'ln-finance:2026-000123' } }).ok).toBe(true);
    const result = validateParameters('getItem', { path: { itemId: '../../etc/passwd' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.pointer).toBe('/path/itemId');
  });

  it('reads headers in any case', () => {
    const result = validateParameters('submitRequest', { headers: { 'idempotency-key': 'short' } });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({ pointer: '/header/Idempotency-Key', message: 'must NOT have fewer than 8 characters' });
  });
});

describe('validateBody', () => {
  it('validates a body against the operation’s schema', () => {
    const result = validateBody('rateFeedback', { level: 6 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.pointer).toBe('/level');
  });
});
