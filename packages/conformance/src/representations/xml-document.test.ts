import { describe, expect, it } from 'vitest';
import { childText, children, leaves, missingLeaves, parseXml } from './xml-document';

describe('parseXml', () => {
  it('reports a document that is not well-formed, with where', () => {
    expect(parseXml('<alert><identifier>x</alert>')).toMatch(/^not well-formed XML: .* \(line 1, column \d+\)$/);
  });

  it('finds the root element’s namespace, prefixed or not', () => {
    const prefixed = parseXml(
      '<cap:alert xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2"><cap:info><cap:event>暴雨</cap:event></cap:info></cap:alert>',
    );
    expect(prefixed).toMatchObject({ root: 'alert', namespace: 'urn:oasis:names:tc:emergency:cap:1.2' });
    if (typeof prefixed !== 'string') expect(childText(children(prefixed.element, 'info')[0], 'event')).toBe('暴雨');
    expect(parseXml('<feed/>')).toMatchObject({ root: 'feed', namespace: undefined });
  });
});

describe('leaves', () => {
  it('compares timestamps as instants and links by path, so only real differences count', () => {
    const ours = parseXml('<feed><updated>2026-05-15T09:00:00+08:00</updated><link href="http://a.test/v1/items/x%3A1"/></feed>');
    const theirs = parseXml(
      '<feed><updated>2026-05-15T01:00:00Z</updated><link href="https://gateway.test/v1/items/x:1"/><extra>1</extra></feed>',
    );
    if (typeof ours === 'string' || typeof theirs === 'string') throw new Error('parse failed');
    expect(missingLeaves(leaves(ours.element), leaves(theirs.element))).toEqual([]);
    expect(missingLeaves(leaves(theirs.element), leaves(ours.element))).toEqual(['/extra=1']);
  });
});
