import { createClient } from '@gongkai/client';

export async function quickStart(baseUrl = 'http://localhost:8080') {
  const client = createClient({ baseUrl });

  // One page of a search across every department; `data`, `meta` and `links` typed by the contract.
  const page = await client.items.list({ q: '公积金', limit: 5 });
  const first = await client.items.get(page.data[0]!.id); // the full text and attachments

  // Only some departments, as the contract's lists take them.
  const fees = await client.fees.list({ department: ['ln-zhangwu', 'ln-zhangwu-hrt'], status: 'active' });
  return { titles: page.data.map((item) => item.title), body: first.body, fees: fees.data.length };
}
