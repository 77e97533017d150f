import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSchema, type Change, type DisclosureItem, type ItemRevision } from '@gongkai/spec';
import { itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

interface Page<T> {
  data: T[];
  links: { next?: string };
  meta: { cursor?: string };
}

describe('items over HTTP', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment({ now: '2026-03-20T09:00:00+08:00' });
  });
  afterAll(() => server.close());

  /** Publishes an item; `at` moves the department's clock there for it (the kit records the publication time). */
  async function create(overrides: Parameters<typeof itemInput>[0], at?: string): Promise<DisclosureItem> {
    if (at !== undefined) server.setNow(at);
    const response = await server.request('/v1/admin/items', { admin: true, json: itemInput(overrides) });
    server.setNow('2026-03-20T09:00:00+08:00');
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as DisclosureItem;
  }

  async function page<T>(path: string): Promise<Page<T>> {
    const response = await server.request(path);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Page<T>;
  }

  it('pages with links.next and neither repeats nor skips while items are added between pages', async () => {
    const made: string[] = [];
    for (let day = 1; day <= 12; day += 1)
      made.push(
        (await create({ title: `分页测试 ${day}`, category: 'statistics' }, `2026-02-${String(day).padStart(2, '0')}T09:00:00+08:00`)).id,
      );
    const first = await page<DisclosureItem>('/v1/items?category=statistics&limit=5');
    expect(validateSchema('ItemList', first).ok).toBe(true);
    const seen = first.data.map((item) => item.id);
    await create({ title: '分页测试 新', category: 'statistics' }, '2026-03-01T09:00:00+08:00');
    const older = await create({ title: '分页测试 旧', category: 'statistics' }, '2026-01-01T09:00:00+08:00');
    let next = first.links.next;
    while (next) {
      const more = await page<DisclosureItem>(next);
      seen.push(...more.data.map((item) => item.id));
      next = more.links.next;
    }
    expect(seen).toEqual([...made.reverse(), older.id]);
    const foreign = await server.request(`${first.links.next!.replace('category=statistics', 'category=plans')}`);
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ errors: [{ pointer: '/query/cursor' }] });
  });

  it('finds one- and two-character Chinese terms as well as longer ones', async () => {
    const zhang = await create({ title: '彰武县防汛抗旱应急预案', summary: undefined, body: '防汛', keywords: ['预案'] });
    await create({ title: '关于住房公积金缴存的通知', body: '缴存比例。', keywords: [] });
    const ids = async (q: string) =>
      (await page<DisclosureItem>(`/v1/items?q=${encodeURIComponent(q)}&limit=100`)).data.map((item) => item.id);
    expect(await ids('彰')).toEqual([zhang.id]);
    expect(await ids('彰武')).toEqual([zhang.id]);
    expect(await ids('防汛抗旱')).toEqual([zhang.id]);
    expect(await ids('彰武 预案')).toEqual([zhang.id]);
    expect(await ids('抗旱 公积金')).toEqual([]);
    expect((await server.request('/v1/items?q=%20%20')).status).toBe(400);
  });

  it('keeps every revision, refuses a stale If-Match, and keeps a withdrawn item visible and marked', async () => {
    const item = await create({ title: '修订测试', formedAt: '2026-03-02' });
    expect(item.timeliness).toMatchObject({ dueOn: '2026-03-30', workingDaysTaken: 14, onTime: true, provisional: false });
    const read = await server.request(`/v1/items/${item.id}`);
    const etag = read.headers.get('etag')!;
    const update = (headers: Record<string, string>) =>
      server.request(`/v1/admin/items/${item.id}`, {
        method: 'PUT',
        admin: true,
        json: itemInput({ title: '修订测试', validity: 'amended', formedAt: '2026-03-02' }),
        headers,
      });
    expect((await update({ 'If-Match': '"0000"' })).status).toBe(412);
    const updated = await update({ 'If-Match': etag });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ revision: 2, validity: 'amended' });
    expect((await update({ 'If-Match': etag })).status).toBe(412);

    const withdrawn = await server.request(`/v1/admin/items/${item.id}/withdrawal`, { admin: true, json: { reason: '已被新文件替代。' } });
    expect(withdrawn.status).toBe(200);
    expect((await server.request(`/v1/admin/items/${item.id}/withdrawal`, { admin: true, json: { reason: '再次撤回。' } })).status).toBe(
      409,
    );
    const now = (await (await server.request(`/v1/items/${item.id}`)).json()) as DisclosureItem;
    expect(now).toMatchObject({ status: 'withdrawn', revision: 3, withdrawal: { reason: '已被新文件替代。' } });
    const history = await page<ItemRevision>(`/v1/items/${item.id}/history`);
    expect(validateSchema('ItemRevisionList', history).ok).toBe(true);
    expect(history.data.map((r) => [r.revision, r.action, r.changedFields ?? []])).toEqual([
      [1, 'created', []],
      [2, 'updated', ['validity']],
      [3, 'withdrawn', ['status', 'withdrawal']],
    ]);
  });

  it('feeds every change with a monotonic sequence, resumable from meta.cursor', async () => {
    const all = await page<Change>('/v1/changes?limit=100');
    expect(validateSchema('ChangeList', all).ok).toBe(true);
    const sequences = all.data.map((change) => change.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    const created = await create({ title: '变更流测试' });
    const resumed = await page<Change>(`/v1/changes?since=${encodeURIComponent(all.meta.cursor!)}`);
    expect(resumed.data.map((c) => [c.resourceId, c.action])).toEqual([[created.id, 'created']]);
    expect(resumed.data[0]!.sequence).toBe(sequences.at(-1)! + 1);
    const idle = await page<Change>(`/v1/changes?since=${encodeURIComponent(resumed.meta.cursor!)}`);
    expect(idle).toMatchObject({ data: [], meta: { cursor: resumed.meta.cursor } });
  });

  it('records the publication time in the contract’s spelling, and refuses one given in any spelling (Art. 26)', async () => {
    const item = await create({ title: '时间格式测试' }, '2026-03-10T01:30:00Z');
    expect(item).toMatchObject({
      publishedAt: '2026-03-10T09:30:00+08:00',
      updatedAt: '2026-03-10T09:30:00+08:00',
      publicationRecord: 'recorded',
    });
    const history = await page<ItemRevision>(`/v1/items/${item.id}/history`);
    expect(history.data[0]?.recordedAt).toBe('2026-03-10T09:30:00+08:00');
    const given = await server.request('/v1/admin/items', { admin: true, json: itemInput({ publishedAt: '2026-03-10 09:30:00+0800' }) });
    expect(given.status).toBe(422);
    expect(await given.json()).toMatchObject({ rule: 'PUBLICATION_TIME_RECORDED', errors: [{ pointer: '/publishedAt' }] });
  });

  it('serves an Atom feed of the newest items', async () => {
    const response = await server.request('/v1/feeds/items?limit=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    // Links are absolute, on this server (not on whatever the Origin header says).
    expect(xml).toMatch(/<link href="http:\/\/127\.0\.0\.1:\d+\/v1\/items\//);
  });

  it('answers problems for bodies it cannot take: 415, 400 naming fields, 413', async () => {
    const notJson = await server.request('/v1/admin/items', {
      method: 'POST',
      admin: true,
      body: 'title=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.status).toBe(415);
    const broken = await server.request('/v1/admin/items', {
      method: 'POST',
      admin: true,
      body: '{"title":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ pointer: '/' }] });
    const invalid = await server.request('/v1/admin/items', {
      admin: true,
      json: { ...itemInput(), documentNumber: '辽测〔26〕第02号', division: { code: '21' }, extra: 1 },
    });
    expect(invalid.status).toBe(400);
    const pointers = ((await invalid.json()) as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/division/code', '/division/name', '/documentNumber', '/extra']);
    const huge = await server.request('/v1/admin/items', { admin: true, json: { ...itemInput(), body: '字'.repeat(400_000) } });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses admin operations without a staff token, and answers unknown routes and methods with problems', async () => {
    const anonymous = await server.request('/v1/admin/items', { json: itemInput() });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await server.request('/v1/admin/items', { json: itemInput(), headers: { Authorization: 'Bearer nope-nope-nope-nope' } });
    expect(wrong.status).toBe(401);
    const unknown = await server.request('/v2/items');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const method = await server.request('/v1/items', { method: 'DELETE' });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toContain('GET');
    expect((await server.request('/v1/items/ln-test:none')).status).toBe(404);
    expect((await server.request('/v1/items/not%20an%20id')).status).toBe(400);
  });
});
