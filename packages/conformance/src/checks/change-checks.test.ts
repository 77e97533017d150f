import { vocabularies } from '@gongkai/spec';
import { describe, expect, it } from 'vitest';
import { listOperation } from '../contract/list-operations';
import { mappedResourceTypes } from './change-checks';

describe('the changes feed checks', () => {
  it('know the list of every kind of resource the contract’s feed names', () => {
    expect(mappedResourceTypes().sort()).toEqual(vocabularies.resourceType.terms.map((term) => term.value).sort());
  });

  it('map each kind to a list with single records', () => {
    for (const list of ['listItems', 'listFees', 'listBudgets', 'listAlerts', 'listFeedback'])
      expect(listOperation(list)?.single, list).toBeDefined();
  });
});
