/**
 * Two gateway replicas, each a process of its own, on one real Redis: the quota they count in
 * batches (src/rate-limit/batched-redis-counter.ts) holds as one combined limit, within its bound.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBatch } from '../src/rate-limit/batched-redis-counter';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const keyPrefix = `gongkai-test:batched-quota:${randomUUID()}`;
const children: ChildProcess[] = [];
let department: LoopbackDepartment;

/** A replica in its own process; resolves with its base URL once it listens. */
function startReplica(settings: Record<string, unknown>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/gateway-process.ts', JSON.stringify(settings), keyPrefix], {
    cwd: packageRoot,
    env: { ...process.env, GONGKAI_REDIS_URL: 'redis://127.0.0.1:6379', GONGKAI_CURSOR_SECRET: 'test-secret-of-sufficient-length' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(`http://127.0.0.1:${(JSON.parse(output.split('\n')[0]!) as { port: number }).port}`);
    });
    child.once('exit', (code) => reject(new Error(`the gateway process exited with ${code}`)));
  });
}

beforeAll(async () => {
  department = await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 3, 1) }).start();
});
afterAll(async () => {
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode === null ? (child.once('exit', resolve), child.kill('SIGTERM')) : resolve(0))),
    ),
  );
  await department.stop();
  const redis = new Redis({ host: '127.0.0.1', port: 6379 });
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('a quota counted in batches by two gateway processes on one Redis', () => {
  it('is one combined limit: never below the quota, and beyond it by at most a batch per replica', async () => {
    const points = 1000;
    const batch = defaultBatch(points);
    expect(batch).toBeGreaterThan(1);
    const settings = {
      departments: [{ id: 'ln-finance', baseUrl: department.url }],
      cache: { ttlMs: 60_000 },
      rateLimits: { anonymousRead: { points, durationSeconds: 600 } },
    };
    const replicas = await Promise.all([startReplica(settings), startReplica(settings)]);
    const statuses = new Map<number, number>();
    const remaining: number[] = [];
    // Both replicas are asked, 16 requests at a time, until each has refused a whole round.
    const refusedLastRound = new Set<string>();
    while (refusedLastRound.size < replicas.length) {
      refusedLastRound.clear();
      for (const replica of replicas) {
        const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${replica}/v1/items`)));
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          remaining.push(Number(/;r=(\d+)/.exec(answer.headers.get('ratelimit') ?? '')?.[1]));
          await answer.arrayBuffer();
        }
        if (answers.every((answer) => answer.status === 429)) refusedLastRound.add(replica);
      }
    }
    const allowed = statuses.get(200) ?? 0;
    expect([...statuses.keys()].sort()).toEqual([200, 429]);
    expect(allowed).toBeGreaterThanOrEqual(points);
    expect(allowed).toBeLessThanOrEqual(points + replicas.length * (batch - 1));
    // Every answer, allowed or refused, says what remains of the quota.
    expect(remaining.every((r) => Number.isInteger(r) && r >= 0 && r < points)).toBe(true);
  });
});
