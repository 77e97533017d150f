/**
 * A link from data, as an `href` only when it is http(s): `javascript:`, `data:`, `vbscript:` and
 * anything unparsable give undefined, and the element then shows the text without a link.
 */
export function safeHref(url: string | undefined, base = globalThis.document?.baseURI): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
