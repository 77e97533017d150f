import { itemsToAtom, type DisclosureItem } from '@gongkai/spec';
import { filterRule } from '../contract/filter-rules';
import { listOperation } from '../contract/list-operations';
import { bodyJson, bodyText, mediaType } from '../http/exchange';
import { verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';
import type { RunContext } from '../run/run-context';
import { children, childText, leaves, missingLeaves, parseXml } from './xml-document';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const FEED_SIZE = 10;

/** One feed against `/v1/items` with the same filters: the same items, in order, as the contract's Atom mapping writes them. */
async function compareFeed(context: RunContext, query: Record<string, string | number>): Promise<Failure[]> {
  const label = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const atom = await context.read('getItemsFeed', { query });
  if (atom.response.status !== 200 || mediaType(atom.response) !== 'application/atom+xml')
    return [unexpectedAnswer(atom, `200 application/atom+xml (${label})`)];
  const document = parseXml(bodyText(atom.response));
  if (typeof document === 'string') return [failure(document, 'a well-formed Atom feed', atom)];
  if (document.root !== 'feed' || document.namespace !== ATOM_NAMESPACE)
    return [
      failure(`the root element is <${document.root}> in ${document.namespace ?? 'no namespace'}`, `<feed> in ${ATOM_NAMESPACE}`, atom),
    ];
  const problems: string[] = [];
  // RFC 4287 §4.1.1 and §4.1.2: a feed and each entry have an id, a title and an updated time.
  for (const name of ['id', 'title', 'updated']) if (!childText(document.element, name)) problems.push(`<feed> has no <${name}>`);
  const entries = children(document.element, 'entry');
  entries.forEach((entry, index) => {
    for (const name of ['id', 'title', 'updated']) if (!childText(entry, name)) problems.push(`entry ${index + 1} has no <${name}>`);
  });
  const json = await context.read('listItems', { query });
  const items = (bodyJson(json.response) as { data?: DisclosureItem[] } | undefined)?.data;
  if (json.response.status !== 200 || !Array.isArray(items)) return [unexpectedAnswer(json, '200 with the items the feed should show')];
  const expected = parseXml(itemsToAtom(items, { baseUrl: context.probe.baseUrl.origin, selfPath: '/v1/feeds/items' }));
  if (typeof expected !== 'string') {
    const expectedEntries = children(expected.element, 'entry');
    if (entries.length !== expectedEntries.length)
      problems.push(`${entries.length} entries; GET /v1/items?${label} has ${expectedEntries.length} items`);
    else
      expectedEntries.forEach((entry, index) => {
        const missing = missingLeaves(leaves(entry), leaves(entries[index]!));
        if (missing.length)
          problems.push(
            `entry ${index + 1} (${items[index]!.id}) disagrees with the JSON: missing or different ${missing.slice(0, 4).join('; ')}`,
          );
      });
    const updated = childText(expected.element, 'updated');
    if (items.length && updated && missingLeaves([`/updated=${new Date(updated).toISOString()}`], leaves(document.element)).length)
      problems.push(`<updated> is ${childText(document.element, 'updated')}, the newest item was updated ${updated}`);
  }
  return problems.length
    ? [failure(`${label}: ${problems.slice(0, 6).join('; ')}`, 'an Atom feed of the same items as GET /v1/items', atom)]
    : [];
}

const atomCheck: Check = {
  id: 'representations.atom:getItemsFeed',
  area: 'representations',
  title: 'GET /v1/feeds/items: a well-formed Atom feed of the items GET /v1/items gives for the same filters',
  async run(context) {
    const failures = await compareFeed(context, { limit: FEED_SIZE });
    // And filtered, by the commonest category of the items.
    const list = listOperation('listItems')!;
    const category = list.filters.find((p) => p.name === 'category');
    const reference = await context.walk('listItems');
    const value = category ? filterRule(list, category)?.values(reference.records, context.departmentIds)[0] : undefined;
    if (value) failures.push(...(await compareFeed(context, { limit: FEED_SIZE, category: value })));
    return verdict(failures);
  },
};

export const atomChecks: Check[] = [atomCheck];
