import { describe, expect, it } from 'vitest';
import { ADMIN_OPERATION_IDS, PUBLIC_OPERATION_IDS } from './generated/operation-ids';
import type { OperationParameters, ValidatedQueryOf } from './operation-input';
import { operations } from './operations';
import { validateParameters } from './validate-request';

describe('operation ids', () => {
  it('split the contract into the public operations and the department admin ones', () => {
    const admin = [...operations.values()].filter((operation) => operation.admin).map((operation) => operation.operationId);
    const open = [...operations.values()].filter((operation) => !operation.admin).map((operation) => operation.operationId);
    expect([...ADMIN_OPERATION_IDS].sort()).toEqual(admin.sort());
    expect([...PUBLIC_OPERATION_IDS].sort()).toEqual(open.sort());
  });
});

describe('validated parameters', () => {
  it('always carry the parameters that have a default, as their type says', () => {
    const result = validateParameters('listItems', { query: new URLSearchParams('category=regulations') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const query = result.value.query as ValidatedQueryOf<'listItems'>;
    const limit: number = query.limit; // a type error if the generated defaults drifted
    const sort: string = query.sort;
    expect({ limit, sort, category: query.category }).toEqual({ limit: 20, sort: '-publishedAt', category: 'regulations' });
    const typed: OperationParameters<'listItems'> = result.value as OperationParameters<'listItems'>;
    expect(typed.path).toEqual({});
  });
});
