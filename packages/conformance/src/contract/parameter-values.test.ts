import { getOperation } from '@gongkai/spec';
import { describe, expect, it } from 'vitest';
import { exampleValue, invalidValues, requiredQuery } from './parameter-values';

const parameter = (operationId: string, name: string) => getOperation(operationId).parameters.find((p) => p.name === name)!;

describe('invalidValues', () => {
  it('finds values that break each rule of a parameter, as the contract’s validator judges them', () => {
    expect(invalidValues(getOperation('listItems'), parameter('listItems', 'limit'))).toEqual(['abc', '0', '101']);
    expect(invalidValues(getOperation('listItems'), parameter('listItems', 'category'))).toEqual(['abc']);
    expect(invalidValues(getOperation('listItems'), parameter('listItems', 'publishedFrom'))).toEqual(['abc']);
    expect(invalidValues(getOperation('getItem'), parameter('getItem', 'itemId')).length).toBeGreaterThan(0);
  });

  it('finds nothing to break in a parameter that takes any text', () => {
    expect(invalidValues(getOperation('listItems'), parameter('listItems', 'If-None-Match'))).toEqual([]);
  });
});

describe('example values', () => {
  it('fills required parameters from the contract’s examples', () => {
    expect(requiredQuery(getOperation('getAnnualReport'))).toEqual({ year: '2025' });
    expect(exampleValue(parameter('listItems', 'department'))).toBe('ln-finance,ln-housing');
  });
});
