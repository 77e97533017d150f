import { describe, expect, it } from 'vitest';
import { fillPath } from './path-template';

describe('fillPath', () => {
  it('fills each parameter of a template, in place', () => {
    expect(fillPath('/v1/items/{itemId}', { itemId: 'ln-finance:2026-000123' })).toBe('/v1/items/ln-finance%3A2026-000123');
    expect(fillPath('/v1/feedback/{feedbackId}/rating', { feedbackId: 'F-1' })).toBe('/v1/feedback/F-1/rating');
    expect(fillPath('/v1/{kind}/{id}/history', { kind: 'items', id: 7 })).toBe('/v1/items/7/history');
  });

  it('percent-encodes what would change the path, so a value stays one segment', () => {
    expect(fillPath('/v1/items/{itemId}', { itemId: '../admin?x=1#y' })).toBe('/v1/items/..%2Fadmin%3Fx%3D1%23y');
    expect(fillPath('/v1/items/{itemId}', { itemId: '100%' })).toBe('/v1/items/100%25');
  });

  it('leaves a template without parameters as it is, and gives the same answer when asked again', () => {
    expect(fillPath('/v1/items', {})).toBe('/v1/items');
    expect(fillPath('/v1/items/{itemId}', { itemId: 'a' })).toBe('/v1/items/a');
    expect(fillPath('/v1/items/{itemId}', { itemId: 'b' })).toBe('/v1/items/b');
  });
});
