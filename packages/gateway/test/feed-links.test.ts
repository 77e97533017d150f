import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

describe('the federated Atom feed', () => {
  it('never links a department’s non-http(s) URL', async () => {
    const schemes = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
    const items = generatedItems('ln-a', 4, 3).map((item, i) => ({ ...item, url: schemes[i] ?? 'https://czt.ln.gov.cn/a.html' }));
    departments = [await new LoopbackDepartment({ id: 'ln-a', items }).start()];
    running = await startGateway(departments);
    const feed = await (await running.get('/v1/feeds/items')).text();
    for (const scheme of ['javascript:', 'vbscript:', 'file:']) expect(feed).not.toContain(scheme);
    expect(feed.match(/rel="alternate"/g)).toHaveLength(1);
  });
});
