import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDepartment } from '@gongkai/department-kit';
// The conformance kit's own test support: its sample department, its deliberately broken ones, a closed port.
import { startBrokenDepartment } from '../../conformance/test/support/broken-department';
import { closedPort } from '../../conformance/test/support/closed-port';
import { missingEtag } from '../../conformance/test/support/faults';
import { startSampleDepartment } from '../../conformance/test/support/sample-department';
import { runGatewayCli } from './support/gateway-cli';

async function checkDepartment(...args: string[]) {
  const cli = runGatewayCli(['check-department', ...args]);
  const code = await cli.exited();
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}

describe('gongkai-gateway check-department', () => {
  let department: RunningDepartment;
  let dir: string;
  beforeAll(async () => {
    department = await startSampleDepartment('ln-housing');
    dir = mkdtempSync(join(tmpdir(), 'gongkai-check-department-'));
  });
  afterAll(async () => {
    await department.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the command in the gateway help, and its own help speaks as the gateway', async () => {
    const gatewayHelp = runGatewayCli(['--help']);
    expect(await gatewayHelp.exited()).toBe(0);
    expect(gatewayHelp.stdout()).toContain('gongkai-gateway check-department URL [--token T] [--allow-writes] [--json] [--junit FILE]');
    expect(gatewayHelp.stdout()).toContain('GONGKAI_CHECK_DEPARTMENTS');
    const help = await checkDepartment('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: gongkai-gateway check-department BASE_URL \[options\]/);
    expect(help.stdout).toContain('Exit status: 0 conforming, 1 violations found, 2 unreachable or a wrong command line.');
    expect(help.stdout).toContain('gongkai-gateway check-department http://127.0.0.1:4001');
  });

  it('exits 0 and says CONFORMING for a department of the department kit', async () => {
    const run = await checkDepartment(department.url);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ lists.cursor-walk:listItems');
    expect(run.stdout).toMatch(/\d+ passed, 0 failed, \d+ skipped — \d+ requests in/);
    expect(run.stdout).toContain(`CONFORMING: ${department.url}/ implements the v1 contract`);
  }, 120_000);

  it('exits 1 for a department without ETags, naming the check, the request and what came back; --json and --junit too', async () => {
    const broken = await startBrokenDepartment(department.url, missingEtag);
    try {
      const text = await checkDepartment(broken.url, '--only', 'conditional');
      expect(text.code).toBe(1);
      expect(text.stdout).toContain('✗ conditional.etag:getItem');
      expect(text.stdout).toMatch(/sent: {5}GET http:\/\/127\.0\.0\.1:\d+\/v1\/items\/ln-housing%3A/);
      expect(text.stdout).toContain('expected: a strong ETag on every 200 answer to a GET');
      expect(text.stdout).toMatch(/NOT CONFORMING: \d+ checks? failed \(conditional\.etag:/);

      const junit = join(dir, 'broken.xml');
      const json = await checkDepartment(broken.url, '--only', 'conditional.etag:getItem', '--json', '--junit', junit);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout);
      expect(report).toMatchObject({ conforming: false, target: `${broken.url}/`, summary: { failed: 1 } });
      expect(report.results.find((result: { id: string }) => result.id === 'conditional.etag:getItem').failures[0].message).toContain(
        'no ETag header',
      );
      const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(junit, 'utf8'));
      expect(xml.testsuites['@_failures']).toBe('1');
    } finally {
      await broken.close();
    }
  }, 120_000);

  it('exits 2 when nothing answers at the address, and for a wrong command line', async () => {
    const port = await closedPort();
    const unreachable = await checkDepartment(`http://127.0.0.1:${port}`);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stdout).toBe('');
    expect(unreachable.stderr).toMatch(
      new RegExp(`^gongkai-gateway check-department: http://127\\.0\\.0\\.1:${port}/ did not answer: .*ECONNREFUSED`),
    );
    const missing = await checkDepartment();
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      'the base URL of the department is missing (e.g. gongkai-gateway check-department http://127.0.0.1:4001)',
    );
    expect(missing.stderr).toContain('Run "gongkai-gateway check-department --help" for usage.');
    const unknown = await checkDepartment(department.url, '--colour');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
  }, 60_000);
});
