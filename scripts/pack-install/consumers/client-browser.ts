// A browser project's view of @gongkai/client: DOM types only, no @types/node. It only has to compile.
import { createClient, isProblemError, type ClientOptions } from '@gongkai/client';
import type { DisclosureItem } from '@gongkai/spec';

const options: ClientOptions = { baseUrl: 'https://open.example.gov.cn', cache: true, timeoutMs: 5000 };
const client = createClient(options);

export async function render(list: HTMLElement): Promise<void> {
  try {
    const page = await client.items.list({ department: ['ln-finance'], limit: 5 });
    const items: DisclosureItem[] = page.data;
    list.replaceChildren(...items.map((item) => Object.assign(document.createElement('li'), { textContent: item.title })));
    const stream: ReadableStream<Uint8Array> = await client.fees.listCsv({ limit: 1 }, { as: 'stream' });
    await stream.cancel();
  } catch (error) {
    if (isProblemError(error)) list.textContent = error.title;
  }
}
