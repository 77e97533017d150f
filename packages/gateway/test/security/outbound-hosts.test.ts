/**
 * The gateway connects to its configured departments and nowhere else, even when a department's
 * answers point elsewhere: links to another host in `links.next`, in records' URLs, in a `Link`
 * header, a redirect. Every socket the test process opens is recorded (net.Socket#connect, which
 * undici's connections go through), and a trap server on another port counts what reaches it.
 */
import net from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { FaultyProxy, type ProxiedAnswer } from '../faults/support/faulty-proxy';
import { startFaultGateway, type FaultGateway } from '../faults/support/gateway';
import { exampleOfSchema } from './contract-walk';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

const connections: Array<{ host: string; port: number }> = [];
const originalConnect = net.Socket.prototype.connect;
let trap: Server;
let trapHits: string[] = [];
let trapOrigin: string;
let departments: RunningDepartment[] = [];
let proxies: FaultyProxy[] = [];
let running: FaultGateway;

/** Every URL-shaped string of a department's JSON answer, moved to `origin` (the path kept). */
function pointElsewhere(value: unknown, origin: string): unknown {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) return value.replace(/^https?:\/\/[^/]+/, origin);
  if (typeof value === 'string' && value.startsWith('/v1/')) return `${origin}${value}`;
  if (Array.isArray(value)) return value.map((inner) => pointElsewhere(inner, origin));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pointElsewhere(inner, origin)]));
  return value;
}

/** A department gone hostile: every link it sends points at the trap, or at a host that resolves nowhere. */
function hostile(path: string, answer: ProxiedAnswer): ProxiedAnswer {
  const origin = path.includes('limit=7') ? 'http://evil.example' : trapOrigin;
  const headers = { ...answer.headers, link: `<${origin}/v1/items?cursor=x>; rel="next"`, 'content-location': `${origin}/elsewhere` };
  // A single record answered by a redirect to the trap.
  if (/^\/v1\/items\/[^/?]+$/.test(path.split('?')[0]!) && path.endsWith('1'))
    return { status: 302, headers: { location: `${trapOrigin}${path}` }, body: Buffer.alloc(0) };
  if (!answer.headers['content-type']?.includes('json') || answer.body.length === 0) return { ...answer, headers };
  const body = JSON.parse(answer.body.toString()) as Record<string, unknown>;
  return { ...answer, headers, body: Buffer.from(JSON.stringify(pointElsewhere(body, origin))) };
}

beforeAll(async () => {
  trap = createServer((req, res) => {
    trapHits.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
  trapOrigin = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
  departments = await Promise.all(
    ['ln-finance', 'ln-housing', 'ln-emergency'].map((sample) =>
      startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] }),
    ),
  );
  proxies = await Promise.all(departments.map((d) => new FaultyProxy(d.url).start()));
  for (const proxy of proxies) proxy.fault = { kind: 'rewrite', rewrite: hostile };
  running = await startFaultGateway(departments.map((d, i) => ({ id: d.department.id, url: proxies[i]!.url })));
  trapHits = [];
  net.Socket.prototype.connect = function recordConnect(this: net.Socket, ...args: unknown[]) {
    // net.connect passes its normalised arguments as one array ([options, callback]).
    const [first, second] = (Array.isArray(args[0]) ? args[0] : args) as [unknown, unknown];
    if (first && typeof first === 'object' && 'port' in first)
      connections.push({ host: String((first as { host?: string }).host ?? 'localhost'), port: Number((first as { port: unknown }).port) });
    else if (typeof first === 'number' || typeof first === 'string')
      connections.push({ host: typeof second === 'string' ? second : 'localhost', port: Number(first) });
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});
afterAll(async () => {
  net.Socket.prototype.connect = originalConnect;
  await running?.close();
  await Promise.all(proxies.map((p) => p.stop()));
  await Promise.all(departments.map((d) => d.close()));
  await new Promise((resolve) => trap.close(resolve));
});

const portOf = (url: string) => Number(new URL(url).port);

describe('outbound connections of the gateway', SLOW_MACHINE, () => {
  it('go only to the configured departments, whatever links their answers carry', async () => {
    const paths: string[] = [];
    for (const list of ['items', 'fees', 'budgets', 'alerts', 'feedback', 'changes'])
      for (const limit of [7, 100]) {
        let path: string | undefined = `/v1/${list}?limit=${limit}`;
        for (let page = 0; path && page < 5; page++) {
          const response = await running.get(path);
          const body = (await response.json()) as { data?: Array<{ id?: string }>; links?: { next?: string } };
          paths.push(
            ...(body.data ?? [])
              .slice(0, 3)
              .flatMap((record) => (record.id && list !== 'changes' ? [`/v1/${list}/${encodeURIComponent(record.id)}`] : [])),
          );
          path = body.links?.next;
        }
      }
    for (const path of [
      ...paths,
      '/v1/feeds/items',
      '/v1/departments',
      '/v1/departments/ln-finance',
      '/v1/reports/annual?year=2025',
      '/v1/compliance',
    ])
      await (await running.get(path)).arrayBuffer();
    for (const path of paths.filter((p) => p.startsWith('/v1/items/'))) await (await running.get(`${path}/history`)).arrayBuffer();
    await (
      await running.get('/v1/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(exampleOfSchema('FeedbackSubmission')),
      })
    ).arrayBuffer();

    expect(trapHits).toEqual([]);
    // The sockets this process opened: the test's own to the gateway, the gateway's to the
    // departments (here the proxies), and the proxies' to the departments behind them.
    const allowed = new Set([portOf(running.url), ...proxies.map((p) => portOf(p.url)), ...departments.map((d) => portOf(d.url))]);
    expect(connections.filter((c) => !allowed.has(c.port) || !['127.0.0.1', 'localhost'].includes(c.host))).toEqual([]);
    expect(connections.some((c) => portOf(proxies[0]!.url) === c.port)).toBe(true);
    // The hostile answers did reach the gateway.
    expect(proxies.reduce((sum, p) => sum + p.seen.length, 0)).toBeGreaterThan(50);
  });
});
