import { firstNonXmlCharacter, type FieldError } from '@gongkai/spec';

/**
 * Every string in a write's body must be publishable: the Atom feed and CAP messages are XML, and
 * XML 1.0 cannot hold C0 controls (but tab, line feed, carriage return), U+FFFE, U+FFFF or lone
 * surrogates even escaped. Refused where they enter, naming the field, rather than stored and
 * silently dropped (or a feed broken) on the way out.
 */
export function unpublishableTextErrors(value: unknown, pointer = ''): FieldError[] {
  if (typeof value === 'string') {
    const character = firstNonXmlCharacter(value);
    return character ? [{ pointer: pointer || '/', message: `must not contain ${character} (a character that cannot be published)` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((inner, index) => unpublishableTextErrors(inner, `${pointer}/${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      unpublishableTextErrors(inner, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
    );
  return [];
}
