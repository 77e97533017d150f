import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element: its children by local name (always lists), its attributes as `@_name`, its text as `#text`. */
export type XmlElement = { readonly [name: string]: readonly XmlElement[] | string };

export interface XmlDocument {
  /** The root element's local name (`alert`, `feed`). */
  readonly root: string;
  /** The namespace the root element is in. */
  readonly namespace: string | undefined;
  readonly element: XmlElement;
}

const qualified = new XMLParser({ ignoreAttributes: false, removeNSPrefix: false, parseTagValue: false, parseAttributeValue: false });
const local = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** Parses XML with a real parser: a well-formedness error is returned as text, never thrown. */
export function parseXml(text: string): XmlDocument | string {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`;
  const top = qualified.parse(text) as Record<string, Record<string, unknown>>;
  const rootName = Object.keys(top).find((name) => !name.startsWith('?'));
  if (!rootName) return 'the document has no root element';
  const prefix = rootName.includes(':') ? rootName.split(':')[0] : undefined;
  const namespace = top[rootName]?.[prefix ? `@_xmlns:${prefix}` : '@_xmlns'];
  const root = rootName.includes(':') ? rootName.split(':')[1]! : rootName;
  const element = ((local.parse(text) as Record<string, XmlElement[]>)[root] ?? [])[0] ?? {};
  return { root, namespace: typeof namespace === 'string' ? namespace : undefined, element };
}

/** The child elements named `name`. */
export function children(element: XmlElement | undefined, name: string): readonly XmlElement[] {
  const value = element?.[name];
  return Array.isArray(value) ? value : [];
}

/** The text of the first child named `name`. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const child = children(element, name)[0] as unknown;
  if (typeof child === 'string') return child;
  const text = (child as XmlElement | undefined)?.['#text'];
  return Array.isArray(text) ? String(text[0]) : typeof text === 'string' ? text : child === '' ? '' : undefined;
}

function normalise(value: string, path: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  // Timestamps compare as instants, links by path and query: the host a feed uses for itself is its own affair.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(text)) return new Date(text).toISOString();
  if (path.endsWith('@_href') && /^https?:\/\//.test(text)) {
    const url = new URL(text);
    // `ln-finance:1` and `ln-finance%3A1` are the same path segment.
    return `${decodeURIComponent(url.pathname)}${url.search}`;
  }
  return text;
}

/** Every text and attribute of an element as `path=value` lines (namespace declarations left out). */
export function leaves(element: XmlElement | string, path = ''): string[] {
  if (typeof element === 'string') return [`${path}=${normalise(element, path)}`];
  const out: string[] = [];
  for (const [name, value] of Object.entries(element)) {
    if (name.startsWith('@_xmlns') || name === '@_xml:lang') continue;
    const at = name === '#text' ? path : `${path}/${name}`;
    if (Array.isArray(value)) for (const child of value) out.push(...leaves(child as XmlElement | string, at));
    else out.push(...leaves(value as string, at));
  }
  return out;
}

/** The `path=value` lines of `expected` that `actual` lacks (each counted as often as it occurs). */
export function missingLeaves(expected: readonly string[], actual: readonly string[]): string[] {
  const available = new Map<string, number>();
  for (const leaf of actual) available.set(leaf, (available.get(leaf) ?? 0) + 1);
  const missing: string[] = [];
  for (const leaf of expected) {
    const count = available.get(leaf) ?? 0;
    if (count > 0) available.set(leaf, count - 1);
    else missing.push(leaf);
  }
  return missing;
}
