import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '@gongkai/spec';
import { catalogue } from '@gongkai/conformance';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { configSchema } from '@gongkai/gateway';
import { runCli } from '../../packages/conformance/src/cli/run-cli';

// docs/departments.md stays true: its table names exactly the public operations of the contract,
// every check id it mentions exists, and its command lines run against a sample department.
const guide = readFileSync(new URL('../../docs/departments.md', import.meta.url), 'utf8');
const commands = [...guide.matchAll(/^(?:[A-Z_]+=\S+ )?(?:npx -p @gongkai\/conformance )?gongkai-conformance (\S+)(.*?)(?:\s+#.*)?$/gm)];

describe('docs/departments.md', () => {
  let department: RunningDepartment;
  beforeAll(async () => {
    department = await startDepartmentServer({
      sample: 'ln-emergency',
      port: 0,
      host: '127.0.0.1',
      adminTokens: ['guide-staff-token-0123456789'],
    });
  });
  afterAll(() => department.close());

  it('lists every public operation of the contract, and nothing else', () => {
    const listed = [...guide.matchAll(/^\| `(\w+)` \| `(GET|POST) (\/v1\/\S+)` \|/gm)].map(
      ([, id, method, path]) => `${id} ${method} ${path}`,
    );
    const expected = [...operations.values()]
      .filter((op) => !op.admin)
      .map((op) => `${op.operationId} ${op.method.toUpperCase()} ${op.path}`);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('names only checks and areas that exist', () => {
    const ids = new Set(catalogue.map((check) => check.id));
    const areas = new Set(catalogue.map((check) => check.area));
    const table = [...guide.matchAll(/^\| `([a-z-]+)` \|/gm)].map(([, area]) => area!);
    expect(new Set(table)).toEqual(areas);
    // `lists.cursor-walk:listItems`, `changes.order`: an id, or a rule that ids of that area have.
    const named = [...guide.matchAll(/`([a-z-]+\.[a-z-]+(?::\w+)?)`/g)]
      .map(([, id]) => id!)
      .filter((id) => areas.has(id.split('.')[0] as never));
    expect(named.length).toBeGreaterThan(2);
    for (const id of named) expect(ids.has(id) || [...ids].some((known) => known.startsWith(`${id}:`)), id).toBe(true);
  });

  it('has command lines that run as shown against a department', async () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const [line, , rest] of commands) {
      const argv = [department.url, ...(rest ?? '').trim().split(/\s+/).filter(Boolean)].filter(
        (arg) => arg !== '>' && arg !== 'conformance.json',
      );
      const junit = argv.indexOf('--junit');
      if (junit >= 0) argv.splice(junit, 2);
      let stdout = '';
      const code = await runCli(argv, {
        stdout: (text) => (stdout += text),
        stderr: () => {},
        env: { GONGKAI_CONFORMANCE_TOKEN: 'guide-staff-token-0123456789' },
      });
      expect(code, `${line}\n${stdout.slice(-2000)}`).toBe(0);
    }
  });

  it('sends the gateway operator to gongkai-gateway check-department and names the start-up modes the gateway has', () => {
    expect(guide).toMatch(/^npx -p @gongkai\/gateway gongkai-gateway check-department https:\/\/\S+$/m);
    const { enum: modes, default: byDefault } = configSchema.properties.checkDepartments;
    const named = /\(`checkDepartments`:([^)]*)\)/.exec(guide)?.[1] ?? '';
    expect([...named.matchAll(/`"(\w+)"`/g)].map(([, mode]) => mode).sort()).toEqual([...modes].sort());
    expect(named).toContain(`\`"${byDefault}"\`, the default`);
  });

  it('has a code example that is examples/recipes/check-department.ts, and it runs', async () => {
    const file = new URL('./check-department.ts', import.meta.url);
    expect(guide).toContain(['```ts', readFileSync(file, 'utf8').trimEnd(), '```'].join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(file), department.url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    expect(stdout).toMatch(/^conforming \{ passed: \d+, failed: 0, skipped: \d+ \}$/m);
  });
});
