import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDepartment } from '@gongkai/department-kit';
// The conformance kit's own test support: its sample department, its deliberately broken ones, a closed port.
import { startBrokenDepartment } from '../../conformance/test/support/broken-department';
import { closedPort } from '../../conformance/test/support/closed-port';
import { missingEtag } from '../../conformance/test/support/faults';
import { startSampleDepartment } from '../../conformance/test/support/sample-department';
import { runGatewayCli, type GatewayCli, type LogLine } from './support/gateway-cli';

const WARN = 40;

describe('checking the departments when the gateway starts (checkDepartments)', () => {
  let dir: string;
  let conforming: RunningDepartment;
  let broken: { url: string; close(): Promise<void> };
  let unreachable: string;
  const running: GatewayCli[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongkai-start-up-checks-'));
    conforming = await startSampleDepartment('ln-housing');
    broken = await startBrokenDepartment(conforming.url, missingEtag);
    unreachable = `http://127.0.0.1:${await closedPort()}`;
  });
  afterAll(async () => {
    await Promise.all(running.map((cli) => cli.stop()));
    await broken.close();
    await conforming.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Starts `gongkai-gateway --config FILE` on a free port in front of the given departments. */
  function start(name: string, departments: Record<string, string>, settings: Record<string, unknown>, importLog?: string) {
    const file = join(dir, `${name}.json`);
    writeFileSync(
      file,
      JSON.stringify({ departments: Object.entries(departments).map(([id, baseUrl]) => ({ id, baseUrl })), ...settings }),
    );
    const cli = runGatewayCli(['--config', file], { env: { PORT: '0', GONGKAI_LOG_LEVEL: 'info' }, ...(importLog ? { importLog } : {}) });
    running.push(cli);
    return cli;
  }

  const failingCheck = (department: string, check: string) => (line: LogLine) =>
    line.msg === 'department fails a conformance check' && line['department'] === department && line['check'] === check;

  it('refuses to start, naming the department and the checks it fails, with "refuse"', async () => {
    const cli = start('refuse', { 'ln-housing': conforming.url, 'ln-broken': broken.url }, { checkDepartments: 'refuse' });
    expect(await cli.exited()).toBe(1);
    const stderr = cli.stderr();
    expect(stderr).toContain('gongkai-gateway: not starting: a department does not conform to v1 (checkDepartments is "refuse")');
    expect(stderr).toMatch(new RegExp(`  ln-broken \\(${broken.url.replace(/\./g, '\\.')}\\) fails .*conditional\\.etag:getItem`));
    expect(stderr).not.toMatch(/ln-housing \(.*\) fails/);
    expect(stderr).not.toContain('serving');
    // Each failing check is in the log too, with what was wrong and on which request.
    const logged = cli.logs().find(failingCheck('ln-broken', 'conditional.etag:getItem'));
    expect(logged).toMatchObject({
      level: WARN,
      failure: expect.stringContaining('no ETag header'),
      request: expect.stringMatching(/^GET http/),
    });
    expect(cli.logs().find((line) => line.msg === 'department conforms to v1')).toMatchObject({ department: 'ln-housing', failed: 0 });
  }, 120_000);

  it('starts with "refuse" when every department conforms, or one does not answer at all', async () => {
    const cli = start('refuse-ok', { 'ln-housing': conforming.url, 'ln-down': unreachable }, { checkDepartments: 'refuse' });
    const url = await cli.serving();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const logs = cli.logs();
    expect(logs.find((line) => line.msg === 'department conforms to v1')).toMatchObject({ department: 'ln-housing', failed: 0 });
    // An outage is not a violation: the gateway exists to serve honest partial answers while one lasts.
    expect(logs.find((line) => line.msg === 'department did not answer the conformance checks')).toMatchObject({
      level: WARN,
      department: 'ln-down',
      reason: expect.stringContaining('ECONNREFUSED'),
    });
    expect(await cli.stop()).toBe(0);
  }, 120_000);

  it('serves at once and logs each failing check with "warn", the default', async () => {
    const importLog = join(dir, 'warn-imports.log');
    const cli = start('warn', { 'ln-housing': conforming.url, 'ln-broken': broken.url }, {}, importLog);
    const url = await cli.serving();
    expect((await fetch(`${url}/v1/items?limit=1`)).status).toBe(200);
    const summary = await cli.waitForLog((line) => line.msg === 'department does not conform to v1');
    expect(summary).toMatchObject({ level: WARN, department: 'ln-broken', baseUrl: broken.url });
    expect(summary['failedChecks']).toContain('conditional.etag:getItem');
    for (const check of summary['failedChecks'] as string[]) expect(cli.logs().find(failingCheck('ln-broken', check))).toBeDefined();
    await cli.waitForLog((line) => line.msg === 'department conforms to v1' && line['department'] === 'ln-housing');
    expect(readFileSync(importLog, 'utf8')).toContain('@gongkai/conformance');
    expect(await cli.stop()).toBe(0);
  }, 120_000);

  it('neither runs nor loads the checks with "off"', async () => {
    const importLog = join(dir, 'off-imports.log');
    const cli = start('off', { 'ln-housing': conforming.url, 'ln-broken': broken.url }, { checkDepartments: 'off' }, importLog);
    const url = await cli.serving();
    expect((await fetch(`${url}/v1/items?limit=1`)).status).toBe(200);
    expect(await cli.stop()).toBe(0);
    expect(existsSync(importLog) ? readFileSync(importLog, 'utf8') : '').toBe('');
    expect(cli.logs().filter((line) => /conform/.test(line.msg))).toEqual([]);
  }, 60_000);
});
