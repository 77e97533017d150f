import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';
import type { RunningDepartment } from '../src/cli/serve-command';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { department, itemInput, temporaryDirectory } from './support/fixtures';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const exampleCalendar = join(packageRoot, 'src/calendar/calendar.example.json');

async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const result = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env });
  return { result, code: typeof result === 'number' ? result : 0, stdout, stderr };
}

describe('gongkai-department', () => {
  let dir: ReturnType<typeof temporaryDirectory>;
  beforeEach(() => {
    dir = temporaryDirectory();
  });
  afterEach(() => dir.remove());

  it('has --help on every command, and exits 2 on a wrong command line', async () => {
    for (const argv of [
      ['--help'],
      ['init', '--help'],
      ['serve', '--help'],
      ['import', '--help'],
      ['export', '--help'],
      ['calendar', 'due', '--help'],
    ]) {
      const { code, stdout } = await cli(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stdout).toMatch(/^Usage: gongkai-department/);
    }
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
    const option = await cli(['calendar', 'due', '--start', '2024-09-20', '--days', '20', '--colour', 'red']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--colour');
  });

  it('prints a due date and whether it is provisional', async () => {
    expect((await cli(['calendar', 'due', '--start', '2024-09-20', '--days', '20'])).stdout).toBe(
      '2024-10-23\nprovisional: no\ncalendar: chinese-days@1.5.7\n',
    );
    expect(JSON.parse((await cli(['calendar', 'due', '--start', '2025-09-26', '--days', '20', '--json'])).stdout)).toMatchObject({
      dueOn: '2025-10-30',
      provisional: false,
    });
    const beyond = await cli(['calendar', 'due', '--start', '2026-12-21', '--days', '20']);
    expect(beyond.stdout).toMatch(/^2027-01-\d\d\nprovisional: yes: the count reaches a year the calendar does not cover/);
    const layered = await cli(['calendar', 'due', '--start', '2026-12-21', '--days', '20', '--calendar', exampleCalendar]);
    expect(layered.stdout).toMatch(/provisional: no\ncalendar: chinese-days@1\.5\.7\+[0-9a-f]+\n$/);
    const bad = await cli(['calendar', 'due', '--start', '2026-02-30', '--days', '20']);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--start must be a real date') });
    const brokenFile = join(dir.path, 'calendar.json');
    writeFileSync(
      brokenFile,
      JSON.stringify({ format: 'gongkai-calendar-layer/1', years: { 2027: { restDays: ['2027-02-30'], makeUpWorkDays: [] } } }),
    );
    const broken = await cli(['calendar', 'due', '--start', '2026-12-21', '--days', '20', '--calendar', brokenFile]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('years["2027"].restDays[0]');
  });

  it('imports all or nothing, naming the row and field of each bad record', async () => {
    const db = join(dir.path, 'department.db');
    const dataset = join(dir.path, 'dataset.json');
    writeFileSync(
      dataset,
      JSON.stringify({ format: 'gongkai-dataset@1', department, items: [], fees: [], budgets: [], alerts: [], feedback: [], requests: [] }),
    );
    expect((await cli(['import', '--db', db, dataset])).code).toBe(0);
    const csv = join(dir.path, 'items.csv');
    const row = (id: string, formedAt: string) =>
      `${id},关于印发办法的通知,regulations,valid,辽宁省测试厅,210000,辽宁省,provincial,${formedAt},2026-03-10T09:30:00+08:00,公积金;住房`;
    writeFileSync(
      csv,
      [
        'id,title,category,validity,issuingBody,divisionCode,divisionName,level,formedAt,publishedAt,keywords',
        row(`${department.id}:c1`, '2026-03-02'),
        row(`${department.id}:c2`, '2026-02-30'),
        row(`${department.id}:c3`, '2026-03-03'),
      ].join('\n'),
    );
    const refused = await cli(['import', '--db', db, csv]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 2 (line 3):\n  formedAt: "2026-02-30" is not a real date; write it as 2026-03-12');
    expect(refused.stderr).toContain('nothing was imported');
    expect(refused.stderr).toContain('Without them: 2 created, 0 revised, 0 unchanged, 1 refused.');
    const store = openSqliteStore(db);
    expect(await store.items.all()).toEqual([]);
    await store.close();
    writeFileSync(
      csv,
      [
        'id,title,category,validity,issuingBody,divisionCode,divisionName,level,formedAt,publishedAt,keywords',
        row(`${department.id}:c1`, '2026-03-02'),
        row(`${department.id}:c3`, '2026-03-03'),
      ].join('\n'),
    );
    const imported = await cli(['import', '--db', db, csv]);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain(
      `imported into ${db} for ${department.id}: 2 created, 0 revised, 0 unchanged, 0 refused (read as UTF-8)`,
    );
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v'])
      expect(await cli([flag])).toMatchObject({ code: 0, stdout: `gongkai-department ${version} (@gongkai/department-kit)\n` });
  });

  it('leaves no database behind when a command fails or only checks', async () => {
    const db = join(dir.path, 'new.db');
    const csv = join(dir.path, 'items.csv');
    writeFileSync(csv, 'id,title\nx,标题\n');
    expect((await cli(['import', '--db', db, csv])).stderr).toContain('this database has no department yet');
    expect(existsSync(db)).toBe(false);
    const config = join(dir.path, 'department.json');
    writeFileSync(config, JSON.stringify({ department }));
    writeFileSync(csv, `id,title,category,validity,formedAt,publishedAt\nc1,标题,regulations,valid,2025-12-01,2026-03-10 09:30\n`);
    expect(await cli(['import', '--db', db, '--config', config, csv, '--dry-run'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('dry run'),
    });
    expect(existsSync(db)).toBe(false);
    expect((await cli(['serve', '--db', db, '--port', '0'])).stderr).toContain('holds no department yet');
    expect(readdirSync(dir.path).filter((file) => file.startsWith('new.db'))).toEqual([]);
    expect((await cli(['export', '--db', db])).stderr).toContain('does not exist');
    expect(existsSync(db)).toBe(false);
  });

  it('names every problem of a department configuration in one run, enum errors beside missing fields', async () => {
    const config = join(dir.path, 'department.jsonc');
    const { disclosureOffice: _office, ...incomplete } = department;
    writeFileSync(
      config,
      `// a comment, as init writes them\n{\n  "department": ${JSON.stringify({ ...incomplete, level: 'shire' })},\n  "colour": "red",\n  "itemDefaults": { "validity": "永久" },\n}\n`,
    );
    const { code, stderr } = await cli(['import', '--db', join(dir.path, 'x.db'), '--config', config, join(dir.path, 'missing.csv')]);
    expect(code).toBe(1);
    expect(stderr).toContain(`config ${config}: 4 problems; fix them all and run again:`);
    expect(stderr).toContain('colour: is not a known key');
    expect(stderr).toContain('department.disclosureOffice: is required');
    expect(stderr).toContain('department.level: must be one of: national');
    expect(stderr).toContain('itemDefaults.validity: expected one of "valid" (有效)');
    writeFileSync(config, '{ "department": { "id": "ln-test" ');
    expect((await cli(['import', '--db', join(dir.path, 'x.db'), '--config', config, join(dir.path, 'x.csv')])).stderr).toMatch(
      /is not valid JSON; fix these and run again:\n {2}line 1, column \d+/,
    );
  });

  it('writes a configuration and templates with init, and never overwrites them unasked', async () => {
    const args = ['init', '--id', 'ln-zhangwu', '--name', '彰武县人民政府', '--division', '210922:彰武县', '--dir', dir.path];
    expect(await cli(args)).toMatchObject({ code: 0 });
    const csvTemplate = readFileSync(join(dir.path, 'catalogue-template.csv'), 'utf8');
    expect(csvTemplate).toMatch(/^\uFEFF编号,标题,发布日期,形成日期,类别,文号,/);
    const again = await cli(args);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('exist already; nothing was written. Add --force') });
    expect((await cli([...args, '--force'])).code).toBe(0);
    expect((await cli(['init', '--id', 'Zhangwu', '--name', 'x', '--division', '210922:彰武县'])).code).toBe(2);
    expect((await cli(['init', '--id', 'ln-zhangwu', '--name', 'x', '--division', '彰武县'])).stderr).toContain(
      '--division must be the GB/T 2260 code and the name',
    );
  });

  it('serves a database with a config, staff tokens from the environment only', async () => {
    const db = join(dir.path, 'department.db');
    const config = join(dir.path, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        department,
        calendars: [exampleCalendar],
        feedback: { replyWorkingDays: { complaint: 10 } },
        publicationLimits: { licensing: 7 },
        annualReportDueDates: { provincial: '01-20' },
      }),
    );
    const started = await cli(['serve', '--db', db, '--port', '0', '--config', config], {
      GONGKAI_ADMIN_TOKENS: 'a-staff-token-of-24-chars',
    });
    const running = started.result as RunningDepartment;
    try {
      expect(started.stdout).toContain(`${department.id} (${department.name}) on http://127.0.0.1:`);
      const created = await fetch(`${running.url}/v1/admin/items`, {
        method: 'POST',
        headers: { Authorization: 'Bearer a-staff-token-of-24-chars', 'Content-Type': 'application/json' },
        body: JSON.stringify(itemInput({ category: 'licensing' })),
      });
      expect(created.status).toBe(201);
      expect(((await created.json()) as { timeliness: { limitWorkingDays: number } }).timeliness.limitWorkingDays).toBe(7);
      const report = (await (await fetch(`${running.url}/v1/reports/annual?year=2025`)).json()) as { dueOn: string };
      expect(report.dueOn).toBe('2026-01-20');
      expect((await fetch(`${running.url}/v1/departments/${department.id}`)).status).toBe(200);
    } finally {
      await running.close();
    }
    const empty = await cli(['serve', '--db', join(dir.path, 'empty.db'), '--port', '0']);
    expect(empty).toMatchObject({ code: 1, stderr: expect.stringContaining('holds no department yet') });
    writeFileSync(config, JSON.stringify({ department, colour: 'red' }));
    expect((await cli(['serve', '--db', db, '--config', config])).stderr).toContain(`config ${config}: colour: is not a known key`);
    writeFileSync(config, JSON.stringify({ department, publicationLimits: { licensing: 30 } }));
    expect((await cli(['serve', '--db', db, '--config', config])).stderr).toContain(
      'publicationLimits: publication limit for licensing: 30',
    );
    writeFileSync(config, JSON.stringify({ department, annualReportDueDates: { hamlet: '01-31' } }));
    expect((await cli(['serve', '--db', db, '--config', config])).stderr).toContain('annualReportDueDates.hamlet: is not a level');
    expect((await cli(['serve', '--sample', 'ln-finance', '--port', '0'], { GONGKAI_ADMIN_TOKENS: 'short' })).stderr).toContain(
      'GONGKAI_ADMIN_TOKENS',
    );
    expect((await cli(['serve', '--sample', 'ln-nowhere', '--port', '0'])).code).toBe(2);
  });

  it('runs as a program and stops gracefully on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'src/cli/main.ts'), 'serve', '--sample', 'ln-zhangwu-hrt', '--port', '0'],
      { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /on (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
    });
    const response = await fetch(`${url}/v1/departments`);
    expect(((await response.json()) as { data: { id: string }[] }).data[0]?.id).toBe('ln-zhangwu-hrt');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
