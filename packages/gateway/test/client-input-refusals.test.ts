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

async function setUp() {
  departments = await Promise.all(
    ['ln-finance', 'ln-housing'].map((id, i) => new LoopbackDepartment({ id, items: generatedItems(id, 5, i + 1) }).start()),
  );
  running = await startGateway(departments, { circuitBreaker: { failureThreshold: 2, openMs: 60_000 } });
  return departments;
}

interface ProblemBody {
  status: number;
  department?: string;
  errors?: Array<{ pointer: string }>;
}

describe('a client’s bad input is the client’s error', () => {
  it.each(['a%00b', '%00', 'a%0Ab', '%09', '%20%20'])('refuses q=%s with 400 naming q, without calling a department', async (q) => {
    const [finance, housing] = await setUp();
    for (const path of [`/v1/items?q=${q}`, `/v1/fees?q=${q}`, `/v1/items?q=${q}&limit=1`]) {
      const response = await running!.get(path);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const body = (await response.json()) as ProblemBody;
      expect(body.errors?.map((error) => error.pointer)).toContain('/query/q');
    }
    expect(finance!.calls.filter((call) => call.includes('q='))).toEqual([]);
    expect(housing!.calls.filter((call) => call.includes('q='))).toEqual([]);
  });

  it('still searches for ordinary text, Chinese and spaces included', async () => {
    await setUp();
    expect((await running!.get(`/v1/items?q=${encodeURIComponent('公积金 管理')}`)).status).toBe(200);
  });

  it.each([400, 422])('answers a department’s %i refusal of a list’s input as that 4xx, and never opens its circuit', async (status) => {
    const [, housing] = await setUp();
    housing!.behaviour.failWith = status;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await running!.get(`/v1/items?q=x${attempt}`);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(((await response.json()) as ProblemBody).department).toBe('ln-housing');
    }
    expect(running!.gateway.context.breakers.for('ln-housing').state).toBe('closed');
    housing!.behaviour.failWith = null;
    const recovered = await running!.get('/v1/items?limit=100');
    expect(recovered.status).toBe(200);
    expect(((await recovered.json()) as { data: unknown[] }).data).toHaveLength(10);
  });

  it('still counts a department’s 500 against it', async () => {
    const [, housing] = await setUp();
    housing!.behaviour.failWith = 500;
    for (let attempt = 0; attempt < 2; attempt += 1) expect((await running!.get(`/v1/items?q=y${attempt}`)).status).toBe(200);
    expect(running!.gateway.context.breakers.for('ln-housing').state).toBe('open');
  });
});
