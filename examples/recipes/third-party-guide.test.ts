import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { createGateway, resolveConfig, type Gateway } from '@gongkai/gateway';

// Every `curl` line of docs/for-third-parties.md runs here against a gateway in front of the six
// sample departments, so the guide cannot rot.
const guide = readFileSync(new URL('../../docs/for-third-parties.md', import.meta.url), 'utf8');
const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => block[1]!.split('\n').filter((line) => line.startsWith('curl ')));
const run = promisify(execFile);

let departments: RunningDepartment[] = [];
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  departments = await Promise.all(SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })));
  gateway = createGateway(resolveConfig({ departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })) }, 'recipes', { GONGKAI_CURSOR_SECRET: 'recipes-secret-123456' }), { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(departments.map((d) => d.close()));
});

/** The shell words of a documented curl line (single-quoted arguments, as the guide writes them). */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe('docs/for-third-parties.md', () => {
  it('has examples to run', () => {
    expect(commands.length).toBeGreaterThanOrEqual(12);
  });

  it.each(commands)('%s', async (line) => {
    const args = words(line).slice(1).map((word) => word.replace('http://localhost:8080', base));
    const { stdout } = await run('curl', [...args, '--max-time', '20']);
    expect(stdout.length).toBeGreaterThan(0);
    if (!args.includes('Accept: text/csv') && !line.includes('/feeds/')) {
      const body = JSON.parse(stdout) as { meta?: { partial?: boolean } };
      expect(body.meta?.partial).toBeUndefined();
    }
  });
});
