/**
 * The text of a JSON request body, as the contract takes it: UTF-8 only (RFC 8259 §8.1). A body
 * in another charset is refused (415), not misread, and bytes that are not UTF-8 are refused
 * (400), not stored as U+FFFD. Dependency-free, for the gateway's and the departments' readers.
 */
export type JsonBodyText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly status: 400 | 415; readonly detail: string; readonly message: string };

const UTF8_NAMES = new Set(['utf-8', 'utf8']);

/** The `charset` parameter of a Content-Type, lower-cased and unquoted, if there is one. */
export function charsetOf(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  for (const parameter of contentType.split(';').slice(1)) {
    const [name, ...value] = parameter.split('=');
    if (name?.trim().toLowerCase() === 'charset')
      return value
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase();
  }
  return undefined;
}

/** Decodes `bytes` as the body of a request sent with `contentType`. */
export function jsonBodyText(bytes: Uint8Array, contentType: string | undefined): JsonBodyText {
  const charset = charsetOf(contentType);
  if (charset !== undefined && !UTF8_NAMES.has(charset)) {
    return {
      ok: false,
      status: 415,
      message: `has charset=${charset}; only UTF-8 is accepted`,
      detail: `The body is declared as charset=${charset}; send it as UTF-8 (application/json; charset=utf-8, or no charset).`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      status: 400,
      message: 'is not valid UTF-8',
      detail: 'The body is not valid UTF-8; send JSON encoded as UTF-8.',
    };
  }
}
