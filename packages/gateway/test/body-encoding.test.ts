import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

const feedback = (subject: Buffer) =>
  Buffer.concat([Buffer.from('{"departmentId":"ln-a","kind":"consultation","subject":"'), subject, Buffer.from('","content":"问"}')]);

describe('the encoding of a write’s body', () => {
  it('refuses bytes that are not UTF-8 (400) and another charset (415), and passes neither on', async () => {
    departments = [await new LoopbackDepartment({ id: 'ln-a' }).start()];
    running = await startGateway(departments);
    const post = (body: Buffer, type: string) =>
      running!.get('/v1/feedback', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(body) });

    const broken = await post(feedback(Buffer.from([0xff, 0xfe, 0xc3, 0x28])), 'application/json');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
    expect(((await broken.json()) as { errors: Array<{ pointer: string }> }).errors.map((e) => e.pointer)).toEqual(['/']);

    const gbk = await post(feedback(Buffer.from([0xb9, 0xab, 0xd7, 0xe2])), 'application/json; charset=gbk');
    expect(gbk.status).toBe(415);
    expect(departments[0]!.calls.filter((call) => call.startsWith('/v1/feedback'))).toEqual([]);
  });
});
