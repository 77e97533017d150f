import type { DisclosureItem } from '@gongkai/spec';

/**
 * An item from its stored summary (`JSON.stringify` of the item without `body`) and its body, set
 * last on the object just parsed, where `{ ...item, body }` would put it. Not by that spread: on
 * Node 20, once optimised, a spread followed by a field its source lacks gives every object a
 * hidden class of its own, about 1.7 µs more per item in a loop, and each later `JSON.stringify`
 * of such an item is slower too (docs/performance.md).
 */
export function itemWithBody(summaryDoc: string, body: string | null): DisclosureItem {
  const item = JSON.parse(summaryDoc) as { -readonly [Field in keyof DisclosureItem]: DisclosureItem[Field] };
  if (body !== null) item.body = body;
  return item;
}
