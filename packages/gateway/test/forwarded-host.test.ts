import { request } from 'node:http';
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

async function setUp(settings: Record<string, unknown> = {}) {
  department = await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 3, 1) }).start();
  running = await startGateway([department], {
    trustProxy: true,
    cache: { ttlMs: 60_000, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
    ...settings,
  });
}

/** The Atom feed as a client behind the proxy gets it (fetch cannot set Host). */
function feed(headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL('/v1/feeds/items', running!.url);
    request(url, { headers: { host: 'gateway.example', ...headers } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`${response.statusCode}: ${text}`))));
    })
      .on('error', reject)
      .end();
  });
}

function origins(xml: string): string[] {
  return [...new Set([...xml.matchAll(/https?:\/\/[^/"<\s]+/g)].map((match) => match[0]))].filter((origin) => !origin.includes('w3.org'));
}

describe('links in the Atom feed behind a trusted proxy, without publicBaseUrl', () => {
  it('ignore an X-Forwarded-Host that is not a public host, and one client cannot poison the feed for others', async () => {
    await setUp();
    expect(origins(await feed({ 'x-forwarded-host': 'evil.example' }))).toEqual(['http://gateway.example']);
    // Asked twice more: the second is a repeat the fast path answers from what it remembered.
    for (let i = 0; i < 2; i += 1) expect(origins(await feed({}))).toEqual(['http://gateway.example']);
  });

  it('follow an X-Forwarded-Host named in publicHosts, and keep each origin’s answer apart', async () => {
    await setUp({ publicHosts: ['Portal.Example'] });
    for (let i = 0; i < 2; i += 1) {
      expect(origins(await feed({ 'x-forwarded-host': 'portal.example', 'x-forwarded-proto': 'https' }))).toEqual([
        'https://portal.example',
      ]);
      expect(origins(await feed({}))).toEqual(['http://gateway.example']);
      expect(origins(await feed({ 'x-forwarded-host': 'evil.example' }))).toEqual(['http://gateway.example']);
    }
  });

  it('always use publicBaseUrl when it is set', async () => {
    await setUp({ publicBaseUrl: 'https://data.example.gov.cn' });
    expect(origins(await feed({ 'x-forwarded-host': 'evil.example' }))).toEqual(['https://data.example.gov.cn']);
    expect(origins(await feed({}))).toEqual(['https://data.example.gov.cn']);
  });
});
