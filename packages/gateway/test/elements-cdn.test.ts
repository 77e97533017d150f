import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

// The file the gateway must serve: the one the @gongkai/elements build wrote (`npm test` builds first).
const require = createRequire(import.meta.url);
const builtScript = readFileSync(require.resolve('@gongkai/elements/gongkai-elements.js'));
const built = JSON.parse(readFileSync(require.resolve('@gongkai/elements/gongkai-elements.json'), 'utf8')) as {
  version: string;
  integrity: string;
};

let running: RunningGateway;
let department: LoopbackDepartment;

beforeAll(async () => {
  department = await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 1, 1) }).start();
  running = await startGateway([department]);
});
afterAll(async () => {
  await running.close();
  await department.stop();
});

describe('the elements CDN file', () => {
  it('serves the current release with a short cache, an ETag and open CORS', async () => {
    const answer = await running.get('/elements/gongkai-elements.js', { headers: { origin: 'http://cms.example.gov.cn' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=300');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect(bytes.equals(builtScript)).toBe(true);
    // The bytes are what the published integrity says.
    expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`).toBe(built.integrity);
    const etag = answer.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const again = await running.get('/elements/gongkai-elements.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the versioned path as immutable, and refuses other versions', async () => {
    const answer = await running.get(`/elements/${built.version}/gongkai-elements.js`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(Buffer.from(await answer.arrayBuffer()).equals(builtScript)).toBe(true);

    for (const path of [
      '/elements/9.9.9/gongkai-elements.js',
      '/elements/other.js',
      '/elements/',
      `/elements/${built.version}/../../package.json`,
      `/elements/${built.version}/gongkai-elements.json`,
    ]) {
      const missing = await running.get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('serves the version and integrity as JSON, and answers HEAD without a body', async () => {
    const manifest = await running.get('/elements/gongkai-elements.json');
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(manifest.headers.get('access-control-allow-origin')).toBe('*');
    expect(await manifest.json()).toMatchObject({ version: built.version, integrity: built.integrity });

    const head = await running.get('/elements/gongkai-elements.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(head.headers.get('etag')).toBeTruthy();
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('is not counted against the /v1 quota, like /docs: a page view loads it once, its data reads are what count', async () => {
    const strict = await startGateway([department], {
      rateLimits: { anonymousRead: { points: 2, durationSeconds: 60 }, anonymousWrite: { points: 2, durationSeconds: 60 } },
    });
    try {
      for (let i = 0; i < 5; i++) expect((await strict.get('/elements/gongkai-elements.js')).status).toBe(200);
      expect((await strict.get('/v1/items')).status).toBe(200);
      expect((await strict.get('/v1/items')).status).toBe(200);
      expect((await strict.get('/v1/items')).status).toBe(429);
      expect((await strict.get('/elements/gongkai-elements.js')).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
