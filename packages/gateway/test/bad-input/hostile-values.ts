/**
 * Values a hostile or careless client sends, as fast-check arbitraries: text that breaks parsers
 * and storage (NUL, lone surrogates, the non-characters U+FFFE/U+FFFF, very long strings, FTS
 * syntax), numbers at and past every edge, and values of the wrong JSON type.
 */
import fc from 'fast-check';

/** The values the issue names, tried on every field besides the generated ones. */
export const NAMED_HOSTILE_TEXT = ['a\u0000b', 'a\uD800b', '\uDFFF', 'x\uFFFEy', '\uFFFF', 'x'.repeat(5000)];

/** Text edge cases, as decoded strings. */
const TRICKY_TEXT = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\uD800',
  '\uDFFF',
  'a\uDC00b\uD83D',
  '\uFFFE',
  '\uFFFF',
  'x\uFFFEy',
  '\u202Eevil',
  '\r\n',
  'x'.repeat(5000),
  '中'.repeat(500),
  '-1',
  '0',
  '1.5',
  '1e309',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '２０２６',
  '2026-02-30',
  '0001-01-01',
  '9999-12-31',
  '2026-1-1',
  'true',
  'null',
  '[]',
  '{}',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"unterminated',
  'a* OR b',
  'NEAR(a b)',
  '*',
  '%',
  '\\',
  '../../etc/passwd',
  'ln-finance,',
  ',,,',
  'ln-finance:2026-000001',
  'javascript:alert(1)',
];

/** Percent-encodings that decode to no valid UTF-8 (or to nothing at all): only a URL can carry them. */
export const RAW_PERCENT_ENCODINGS = ['%FF', '%C3%28', '%ED%A0%80', '%E0%80%AF', '%F4%90%80%80', '%', '%zz', '%E4%B8'];

/** Any UTF-16 code unit, lone surrogates included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

export interface TextOptions {
  /** Leave NUL out (see the callers for the issue item that fixes it). */
  readonly withoutNul?: boolean;
}

export function hostileText(options: TextOptions = {}): fc.Arbitrary<string> {
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
  );
  return options.withoutNul ? text.map((value) => value.replace(/\u0000/g, '')) : text;
}

/**
 * A string as a URL carries it: UTF-8 percent-encoding, with a lone surrogate written as the
 * three bytes a careless encoder produces for it (CESU-8, not valid UTF-8).
 */
export function percentEncode(value: string): string {
  let encoded = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = value.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      encoded +=
        `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else encoded += encodeURIComponent(value[i]!);
  }
  return encoded;
}

/** An already percent-encoded URL component: encoded hostile text, or bytes that are not UTF-8. */
export function hostileUrlComponent(options: TextOptions = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileText(options).map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_PERCENT_ENCODINGS) },
  );
}

/** A header value `fetch` can send (a ByteString without CR, LF or NUL); anything else cannot reach a server. */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '"', 'W/"x"', '*', 'x'.repeat(200), 'x'.repeat(8000), 'a b', '\u00ff\u00fe', '<script>', '1e309', '-1'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xfe }).map((c) => String.fromCharCode(c === 0x7f ? 0xff : c)), maxLength: 60 }),
);

/** A JSON value of any shape, hostile text included. */
export function hostileJson(options: TextOptions = {}): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: hostileText(options) },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null) },
    { weight: 1, arbitrary: fc.integer() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        [],
        {},
        [null],
        { '': 1 },
        JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
        Array(10_000).fill('x'),
      ),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}
