import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDepartment } from '@gongkai/department-kit';
import { runCli } from '../src/cli/run-cli';
import { startBrokenDepartment } from './support/broken-department';
import { missingEtag } from './support/faults';
import { startSampleDepartment } from './support/sample-department';
import { closedPort } from './support/closed-port';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

async function cli(argv: string[], options: { interactive?: boolean; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: options.env ?? {},
    interactive: options.interactive ?? false,
  });
  return { code, stdout, stderr };
}

describe('gongkai-conformance', () => {
  let department: RunningDepartment;
  let dir: string;
  beforeAll(async () => {
    department = await startSampleDepartment('ln-housing');
    dir = mkdtempSync(join(tmpdir(), 'gongkai-conformance-'));
  });
  afterAll(async () => {
    await department.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has --help and --version, and exits 2 on a wrong command line', async () => {
    const help = await cli(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: gongkai-conformance BASE_URL/) });
    expect(help.stdout).toContain('Exit status: 0 conforming, 1 violations found, 2 unreachable');
    expect((await cli(['--version'])).stdout).toMatch(
      /^gongkai-conformance \d+\.\d+\.\d+ \(@gongkai\/conformance; contract v\d+\.\d+\.\d+\)\n$/,
    );
    for (const [argv, says] of [
      [[], 'the base URL of the department is missing'],
      [['ftp://example.org'], 'must be http:// or https://'],
      [['not a url'], 'is not a base URL'],
      [['http://127.0.0.1:1', '--colour'], "Unknown option '--colour'"],
      [['http://127.0.0.1:1', '--max-records', 'lots'], '--max-records must be a whole number'],
      [['http://a.test', 'http://b.test'], 'one base URL at a time'],
    ] as const) {
      const run = await cli([...argv]);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain(says);
      expect(run.stderr).toContain('gongkai-conformance --help');
    }
  });

  it('speaks as the command that runs it', async () => {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: (text: string) => (stdout += text),
      stderr: (text: string) => (stderr += text),
      env: {},
      command: 'gongkai-gateway check-department',
    };
    expect(await runCli(['--help'], io)).toBe(0);
    expect(stdout).toMatch(/^Usage: gongkai-gateway check-department BASE_URL \[options\]/);
    expect(await runCli([], io)).toBe(2);
    expect(stderr).toContain('the base URL of the department is missing (e.g. gongkai-gateway check-department http://127.0.0.1:4001)');
    expect(stderr).toContain('Run "gongkai-gateway check-department --help" for usage.');
  });

  it('exits 2 and says so when nothing answers at the address', async () => {
    const port = await closedPort();
    const run = await cli([`http://127.0.0.1:${port}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/ did not answer: .*ECONNREFUSED`));
    expect(run.stdout).toBe('');
  });

  it('prints the report and exits 0 for a conforming department, with --json for machines and --junit for CI', async () => {
    const text = await cli([department.url, '--only', 'lists,resources']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('✓ lists.cursor-walk:listItems');
    expect(text.stdout).toMatch(/\d+ passed, 0 failed, \d+ skipped — \d+ requests in/);
    expect(text.stdout).toContain('CONFORMING');
    const junit = join(dir, 'conformance.xml');
    const json = await cli([`${department.url}/v1/`, '--json', '--junit', junit, '--only', 'changes']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ conforming: true, target: `${department.url}/`, summary: { failed: 0 } });
    expect(report.results.map((result: { id: string }) => result.id)).toEqual([
      'discovery.departments',
      'changes.order',
      'changes.complete',
      'changes.resumable',
      'changes.resources-resolve',
    ]);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(junit, 'utf8'));
    expect(xml.testsuites['@_tests']).toBe('5');
    expect(xml.testsuites['@_failures']).toBe('0');
  });

  it('exits 1 for violations, each with the request sent, what was expected and what came back', async () => {
    const broken = await startBrokenDepartment(department.url, missingEtag);
    try {
      const junit = join(dir, 'broken.xml');
      const run = await cli([broken.url, '--only', 'conditional.etag:getItem', '--junit', junit]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('✗ conditional.etag:getItem');
      expect(run.stdout).toMatch(/sent: {5}GET http:\/\/127\.0\.0\.1:\d+\/v1\/items\/ln-housing%3A/);
      expect(run.stdout).toContain('expected: a strong ETag on every 200 answer to a GET');
      expect(run.stdout).toContain('received: 200 application/json');
      expect(run.stdout).toContain('NOT CONFORMING: 1 check failed (conditional.etag:getItem)');
      const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(junit, 'utf8'));
      const suite = xml.testsuites.testsuite.find((s: { '@_name': string }) => s['@_name'] === 'conditional');
      expect(suite.testcase.failure['@_message']).toContain('no ETag header');
    } finally {
      await broken.close();
    }
  });

  it('draws a progress line on a terminal, and none with --json or when stderr is not a terminal', async () => {
    const terminal = await cli([department.url, '--only', 'ids'], { interactive: true });
    expect(terminal.stderr).toMatch(/\r\u001b\[K\[ *\d+\/\d+\] ids\.department-prefix:listItems \(\d+ requests\)/);
    expect((await cli([department.url, '--only', 'ids', '--json'], { interactive: true })).stderr).toBe('');
    expect((await cli([department.url, '--only', 'ids'])).stderr).toBe('');
  });

  it('never prints the staff token it was given', async () => {
    // A staff list that fails, so the report shows the request that carried the token.
    const broken = await startBrokenDepartment(department.url, async (incoming, forward) =>
      incoming.url.pathname === '/v1/admin/feedback'
        ? { status: 500, headers: { 'content-type': 'text/plain' }, body: Buffer.from('boom') }
        : forward(incoming),
    );
    try {
      const token = 'secret-staff-token-0123456789abcdef';
      const run = await cli([broken.url, '--only', 'contract.listFeedbackForDepartment', '--json'], {
        env: { GONGKAI_CONFORMANCE_TOKEN: token },
      });
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(report.settings.staffToken).toBe(true);
      expect(report.results[1].failures[0].request.headers).toEqual({ Authorization: 'Bearer (redacted)' });
      expect(run.stdout).not.toContain(token);
    } finally {
      await broken.close();
    }
  });

  it('runs as a program: the exit status is the verdict', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), department.url, '--only', 'discovery', '--quiet'],
      {
        cwd: packageRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('1 passed, 0 failed, 0 skipped');
  });
});
