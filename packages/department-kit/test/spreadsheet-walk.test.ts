import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryDirectory } from './support/fixtures';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const builtCli = join(packageRoot, 'dist/cli.js');

/** The commands of the README's spreadsheet walk, in order, as a user types them. */
function readmeWalk(): string[][] {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  const block = /<!-- spreadsheet-walk -->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no spreadsheet-walk block');
  return block
    .split('\n')
    .filter((line) => line.startsWith('gongkai-department '))
    .map((line) => line.split(/\s+/).slice(1));
}

/** Twenty items of a county catalogue, as a person types them into Excel. */
const rows = Array.from({ length: 20 }, (_, i) => ({
  id: `2026-${String(i + 1).padStart(4, '0')}`,
  title: `彰武县人民政府关于第${i + 1}批农村土地承包经营权流转情况的公告`,
  day: i + 2,
  documentNumber: `彰政发〔2026〕${i + 1}号`,
}));
const HEADER = ['编号', '标题', '发布日期', '形成日期', '类别', '文号', '有效性'];

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('目录');
  sheet.addRow(HEADER);
  rows.forEach((row, i) =>
    sheet.addRow([
      row.id,
      row.title,
      // Date cells as Excel stores them (wall-clock time, no zone), a serial number on one row.
      i === 0 ? 46083.375 : new Date(Date.UTC(2026, 2, row.day, 9, 0)),
      new Date(Date.UTC(2026, 2, row.day - 1)),
      '财政预算、决算信息',
      row.documentNumber,
      '有效',
    ]),
  );
  await workbook.xlsx.writeFile(path);
}

/** The same catalogue saved by Excel on Chinese Windows as "CSV (逗号分隔)": GBK, CRLF; one row corrected, one added. */
function writeGbkCsv(path: string): void {
  const lines = [HEADER.join(',')];
  rows.forEach((row, i) => {
    const title = i === 4 ? `${row.title}（更正）` : row.title;
    lines.push(
      [row.id, title, `2026/3/${row.day} 9:00`, `2026/3/${row.day - 1}`, '财政预算、决算信息', row.documentNumber, '有效'].join(','),
    );
  });
  lines.push(
    ['2026-0021', '彰武县2026年县级预算公开说明', '2026/3/25 10:00', '2026/3/20', '财政预算、决算信息', '彰政发〔2026〕21号', ''].join(','),
  );
  writeFileSync(path, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
}

function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [builtCli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function serveOnce(cwd: string, args: string[]): Promise<{ titles: string[]; total: number }> {
  const child = spawn(process.execPath, [builtCli, ...args.map((arg) => (arg === '4001' ? '0' : arg))], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /on (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening`)));
    });
    const titles: string[] = [];
    let next: string | undefined = `${url}/v1/items?limit=7`;
    while (next) {
      const page = (await (await fetch(next)).json()) as { data: { title: string }[]; links: { next?: string } };
      titles.push(...page.data.map((item) => item.title));
      next = page.links.next && new URL(page.links.next, url).href;
    }
    return { titles, total: titles.length };
  } finally {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }
}

describe('the README’s walk from a spreadsheet to a feed', () => {
  let dir: ReturnType<typeof temporaryDirectory>;
  beforeAll(async () => {
    if (!existsSync(builtCli))
      throw new Error(`${builtCli} is missing: run "npm run build -w @gongkai/department-kit" first (npm test does)`);
    dir = temporaryDirectory();
    await writeWorkbook(join(dir.path, '目录.xlsx'));
    writeGbkCsv(join(dir.path, '目录.csv'));
  });
  afterAll(() => dir.remove());

  it('runs every command of the README as written, with a workbook and a GBK CSV', async () => {
    const walk = readmeWalk();
    expect(walk.map((args) => args[0])).toEqual(['init', 'import', 'import', 'import', 'export', 'serve']);
    const [init, dryRun, create, upsert, exported, serve] = walk as [string[], string[], string[], string[], string[], string[]];

    expect(run(dir.path, init)).toMatchObject({ code: 0, stdout: expect.stringContaining('wrote department.jsonc') });
    expect(readFileSync(join(dir.path, 'department.jsonc'), 'utf8')).toContain('// ');

    const dry = run(dir.path, dryRun);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.stdout).toContain(
      'dry run, nothing was written: 20 created, 0 revised, 0 unchanged, 0 refused for ln-zhangwu (sheet "目录")',
    );
    expect(existsSync(join(dir.path, 'zhangwu.db'))).toBe(false);

    expect(run(dir.path, create)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(
        'imported into zhangwu.db for ln-zhangwu: 20 created, 0 revised, 0 unchanged, 0 refused (sheet "目录")',
      ),
    });
    const upserted = run(dir.path, upsert);
    expect(upserted).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('1 created, 1 revised, 19 unchanged, 0 refused (read as GB18030)'),
    });
    expect(run(dir.path, exported)).toMatchObject({ code: 0, stderr: expect.stringContaining('exported ln-zhangwu: 21 items') });
    const dataset = JSON.parse(readFileSync(join(dir.path, 'zhangwu.json'), 'utf8')) as {
      items: {
        item: { id: string; publishedAt: string; formedAt: string; issuingBody: string; division: object; level: string };
        updates?: { item: { title: string } }[];
      }[];
    };
    const first = dataset.items.find((entry) => entry.item.id === 'ln-zhangwu:2026-0001')!.item;
    // The serial 46083.375 is 2026-03-02 09:00 as Excel shows it: China time.
    expect(first).toMatchObject({
      publishedAt: '2026-03-02T09:00:00+08:00',
      formedAt: '2026-03-01',
      issuingBody: '彰武县人民政府',
      level: 'county',
      division: { code: '210922', name: '彰武县' },
    });
    expect(dataset.items.find((entry) => entry.item.id === 'ln-zhangwu:2026-0005')!.updates?.[0]?.item.title).toMatch(/（更正）$/);

    const served = await serveOnce(dir.path, serve);
    expect(served.total).toBe(21);
    expect(served.titles).toContain('彰武县2026年县级预算公开说明');
    expect(served.titles.every((title) => /^彰武县/.test(title))).toBe(true);
  });
});
