/**
 * What XML 1.0 does not allow in a document even when escaped (§2.2 Char): the C0 controls but
 * tab, line feed and carriage return; U+FFFE and U+FFFF; and surrogates not in a pair (matched as
 * code points under the `u` flag). One such character in one record would make the whole feed or
 * CAP message unreadable to every consumer, so it is dropped from the text instead.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The first character of `text` that XML cannot hold, as `U+FFFE`, or undefined: for refusing
 * such text where it enters (a write), so that what is stored can always be published as XML.
 */
export function firstNonXmlCharacter(text: string): string | undefined {
  const found = text.match(new RegExp(NOT_XML_CHAR.source, 'u'));
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Escapes text for XML element content and attribute values. */
export function xmlText(value: string | number | null | undefined): string {
  // A missing value renders as empty rather than failing the whole document: a feed built from a
  // department that leaves out a field is still a feed.
  return String(value ?? '')
    .replace(NOT_XML_CHAR, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A URL path segment for any text: a lone surrogate, which `encodeURIComponent` throws on, becomes U+FFFD. */
export function pathSegment(text: string): string {
  // Under the `u` flag a surrogate pair is one code point, so only lone surrogates match.
  return encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));
}
