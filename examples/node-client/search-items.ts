// A typed client in a few lines: the contract's types from @gongkai/spec, the platform's fetch,
// and the list convention (follow `links.next`) — every item once, even across departments.
import type { DisclosureItem, ItemList, Problem } from '@gongkai/spec';

export async function* searchItems(baseUrl: string, query: Record<string, string>): AsyncGenerator<DisclosureItem> {
  let next: string | undefined = `/v1/items?${new URLSearchParams({ limit: '100', ...query })}`;
  while (next) {
    const response = await fetch(new URL(next, baseUrl), { headers: { accept: 'application/json' } });
    if (!response.ok) {
      const problem = (await response.json()) as Problem;
      throw new Error(`${problem.title}: ${problem.detail ?? ''}`);
    }
    const page = (await response.json()) as ItemList;
    if (page.meta.partial) console.warn('Some departments did not answer:', page.meta.failures);
    yield* page.data;
    next = page.links.next;
  }
}

// node --import tsx examples/node-client/search-items.ts 公积金   (with `npm start` running)
if (import.meta.url === `file://${process.argv[1]}`) {
  for await (const item of searchItems(process.env['GONGKAI_URL'] ?? 'http://localhost:8080', { q: process.argv[2] ?? '公积金' })) {
    console.log(item.publishedAt.slice(0, 10), item.departmentId.padEnd(15), item.title);
  }
}
