import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../document';
import type { Alert, DisclosureItem } from '../generated/openapi-types';
import { alertToCap } from './cap';
import { itemsToAtom } from './atom';
import { xmlText } from './xml';

const example = <T>(name: string): T => (openApiDocument.components.schemas[name]?.['examples'] as T[])[0] as T;

/** Characters XML 1.0 allows nowhere, not even escaped (the surrogates in an order that pairs neither). */
const NOT_XML = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uDFFF', '\uD800'];
const HOSTILE = `前${NOT_XML.join('')}后`;

/** Parses with a real, strict XML parser; throws at the first well-formedness error. */
function parse(xml: string): string[] {
  const texts: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('text', (text) => texts.push(text));
  parser.write(xml).close();
  return texts;
}

describe('XML representations with characters XML cannot hold', () => {
  it('drop them from text, keeping tab, line breaks and characters beyond the BMP', () => {
    expect(xmlText(HOSTILE)).toBe('前后');
    expect(xmlText('a\tb\nc\rd 😀 𠀀')).toBe('a\tb\nc\rd 😀 𠀀');
  });

  it('keep the Atom feed well-formed when one item carries them in every field', () => {
    const item = example<DisclosureItem>('DisclosureItem');
    const hostile: DisclosureItem = {
      ...item,
      id: `${item.id}${'\uD800'}`,
      title: `${item.title}${HOSTILE}`,
      summary: HOSTILE,
      issuingBody: HOSTILE,
      url: `https://example.gov.cn/${HOSTILE}`,
    };
    const xml = itemsToAtom([item, hostile], { baseUrl: 'https://data.example.gov.cn', selfPath: `/v1/feeds/items?q=${HOSTILE}` });
    const texts = parse(xml).join('');
    expect(texts).toContain(`${item.title}前后`);
    for (const character of NOT_XML) expect(xml).not.toContain(character);
  });

  it('keep a CAP message well-formed when the notice carries them', () => {
    const alert = example<Alert>('Alert');
    const xml = alertToCap({ ...alert, headline: HOSTILE, description: `${alert.description}${HOSTILE}`, instructions: HOSTILE });
    expect(parse(xml).join('')).toContain('前后');
    for (const character of NOT_XML) expect(xml).not.toContain(character);
  });
});
