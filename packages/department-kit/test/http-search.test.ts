import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSchema, type DisclosureItem } from '@gongkai/spec';
import { itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

interface Page {
  data: DisclosureItem[];
  links: { next?: string };
}

describe('searching items over HTTP: relevance order and snippets', () => {
  let server: TestDepartment;
  const titles = [
    '住房公积金缴存比例调整的通知',
    '住房公积金 住房公积金 政策问答',
    '关于公积金贷款的说明',
    '国有土地上房屋征收补偿方案',
    '2026年部门预算',
  ];

  beforeAll(async () => {
    server = await startDepartment({ now: '2026-03-20T09:00:00+08:00' });
    for (const [i, title] of titles.entries()) {
      const body = i === 4 ? '第二部分：住房公积金管理中心的预算收支。\n\n其余略。' : '正文。';
      const response = await server.request('/v1/admin/items', {
        admin: true,
        json: itemInput({ title, body, summary: '', keywords: [] }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    }
  });
  afterAll(() => server.close());

  async function walk(query: string, limit: number): Promise<DisclosureItem[]> {
    const found: DisclosureItem[] = [];
    let next: string | undefined = `/v1/items?${query}&limit=${limit}`;
    while (next) {
      const response = await server.request(next);
      expect(response.status, await response.clone().text()).toBe(200);
      const page = (await response.json()) as Page;
      expect(validateSchema('ItemList', page)).toMatchObject({ ok: true });
      found.push(...page.data);
      next = page.links.next;
    }
    return found;
  }

  it('ranks by relevance, the same at every page size, each item once', async () => {
    const q = encodeURIComponent('住房公积金 OR 公积金贷款');
    const all = await walk(`q=${q}&sort=-relevance`, 100);
    expect(all.map((item) => item.title)).toEqual([
      '住房公积金 住房公积金 政策问答',
      expect.any(String),
      expect.any(String),
      '2026年部门预算',
    ]);
    const scores = all.map((item) => item.relevance!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.at(-1)).toBe(1); // found only in the body
    for (const limit of [1, 2, 3]) expect(await walk(`q=${q}&sort=-relevance`, limit)).toEqual(all);
  });

  it('marks the matches in a plain-text snippet, from the body when only the body matched', async () => {
    const [budget] = await walk(`q=${encodeURIComponent('公积金 预算')}`, 20);
    expect(budget!.title).toBe('2026年部门预算');
    const snippet = budget!.snippet!;
    expect(snippet.text).toBe('第二部分：住房公积金管理中心的预算收支。 其余略。');
    expect(snippet.highlights.map(({ start, end }) => [...snippet.text].slice(start, end).join(''))).toEqual(['公积金', '预算']);
  });

  it('orders by id without q, and leaves relevance and snippet out', async () => {
    const all = await walk('sort=-relevance', 2);
    expect(all.map((item) => item.id)).toEqual(
      all
        .map((item) => item.id)
        .sort()
        .reverse(),
    );
    expect(all.every((item) => item.relevance === undefined && item.snippet === undefined)).toBe(true);
  });

  it('refuses a q of empty quotes, naming q', async () => {
    const response = await server.request(`/v1/items?q=${encodeURIComponent('"" " "')}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: '/query/q' }] });
  });
});
