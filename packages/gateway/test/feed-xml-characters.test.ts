import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let department: LoopbackDepartment | undefined;

afterEach(async () => {
  await running?.close();
  await department?.stop();
  running = department = undefined;
});

function parse(xml: string): string {
  let text = '';
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.write(xml).close();
  return text;
}

describe('the federated Atom feed', () => {
  it('stays well-formed XML when a department’s record holds U+FFFE, U+FFFF, C0 controls or a lone surrogate', async () => {
    const items = generatedItems('ln-finance', 3, 1);
    items[1] = { ...items[1]!, title: '收费\uFFFE标准\uFFFF调整\u0000通知\u001B\uD800', summary: '摘要\u000B\u000C' };
    department = await new LoopbackDepartment({ id: 'ln-finance', items }).start();
    running = await startGateway([department]);
    const response = await running.get('/v1/feeds/items');
    expect(response.status).toBe(200);
    const text = parse(await response.text());
    expect(text).toContain('收费标准调整通知');
    expect(text).toContain('摘要');
  });
});
