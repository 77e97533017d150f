import { describe, expect, it } from 'vitest';
import { matchOperation } from './match-operation';

describe('matchOperation', () => {
  it('finds the operation and decodes its path parameters', () => {
    const match = matchOperation('GET', '/v1/items/ln-finance%3A2026-000123');
    expect(match.kind).toBe('operation');
    if (match.kind === 'operation') {
      expect(match.operation.operationId).toBe('getItem');
      expect(match.path).toEqual({ itemId: 'ln-finance:2026-000123' });
    }
  });

  it('prefers the longer template', () => {
    const match = matchOperation('GET', '/v1/items/ln-finance:1/history');
    expect(match.kind === 'operation' && match.operation.operationId).toBe('listItemHistory');
  });

  it('tells a path served with another method from an unknown path', () => {
    expect(matchOperation('DELETE', '/v1/items')).toEqual({ kind: 'methodNotAllowed', allowed: ['get'] });
    expect(matchOperation('GET', '/v1/nothing-here')).toEqual({ kind: 'none' });
    expect(matchOperation('GET', '/v1/items/a/b/c')).toEqual({ kind: 'none' });
  });

  it('matches the department admin operations too (a server decides whether to serve them)', () => {
    const match = matchOperation('POST', '/v1/admin/requests/ln-finance:YSQ-2026-000001/events');
    expect(match.kind === 'operation' && match.operation.operationId).toBe('recordRequestEvent');
  });

  it('reads the path as written: a trailing slash, no version, no leading slash', () => {
    const match = matchOperation('GET', '/v1/items/');
    expect(match.kind === 'operation' && match.operation.operationId).toBe('listItems');
    for (const path of ['', '/', '/v1', '/v1/', 'v1/items', '//items', '/v1//items'])
      expect(matchOperation('GET', path)).toEqual({ kind: 'none' });
  });

  it('passes a parameter without percent-encoding as it is, and decodes one with it', () => {
    const plain = matchOperation('GET', '/v1/fees/ln-finance:F-1');
    expect(plain.kind === 'operation' && plain.path).toEqual({ feeId: 'ln-finance:F-1' });
    const encoded = matchOperation('GET', '/v1/items/%E5%85%AC%E5%BC%80/history');
    expect(encoded.kind === 'operation' && encoded.path).toEqual({ itemId: '公开' });
  });

  it('refuses malformed percent-encoding instead of throwing', () => {
    expect(matchOperation('GET', '/v1/items/%E0%A4%A')).toEqual({ kind: 'none' });
  });
});
