import { describe, expect, it } from 'vitest';
import { pathOf } from './report';

describe('pathOf', () => {
  it('writes indices in brackets and odd keys quoted', () => {
    expect(pathOf('/items/3/item/documentNumber')).toBe('items[3].item.documentNumber');
    expect(pathOf('/a~1b/0')).toBe('["a/b"][0]');
    expect(pathOf('')).toBe('');
  });
});
