import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '@gongkai/spec';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';
import { describeFailure } from '../examples/handle-errors';
import { downloadVillageFees } from '../examples/download-csv';
import { everyBudgetItem } from '../examples/walk-every-item';
import { catchUp, keepFollowing } from '../examples/follow-changes';
import { fileARequest } from '../examples/file-a-request';
import { configuredClient } from '../examples/options';
import { quickStart } from '../examples/quick-start';
import { banner } from '../examples/small-bundle';

// Every code block of the README is a file in examples/ (its first line names it), and each file
// runs here against a gateway in front of the six sample departments.

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n\/\/ (examples\/[\w-]+\.ts)\n([\s\S]*?)```/g)].map((match) => ({
  file: match[1]!,
  code: match[2]!,
}));

let sample: SampleGateway;

beforeAll(async () => {
  sample = await startSampleGateway();
}, 120_000);

afterAll(() => sample?.close());

describe('the README', () => {
  it('shows every example file, exactly as it is', () => {
    const files = readdirSync(new URL('../examples/', import.meta.url)).map((name) => `examples/${name}`);
    expect(blocks.map((block) => block.file).sort()).toEqual(files.sort());
    for (const block of blocks) expect(block.code, block.file).toBe(readFileSync(new URL(`../${block.file}`, import.meta.url), 'utf8'));
  });

  it('has no other TypeScript block', () => {
    expect(readme.match(/```ts\n/g)).toHaveLength(blocks.length);
  });
});

describe('examples', () => {
  it('quick-start.ts', async () => {
    const result = await quickStart(sample.base);
    expect(result.titles).toHaveLength(5);
    expect(result.body).toBeTruthy();
    expect(result.fees).toBeGreaterThan(0);
  });

  it('walk-every-item.ts', async () => {
    const { ids, missing } = await everyBudgetItem(sample.base);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    expect(missing).toEqual([]);
  });

  it('follow-changes.ts', async () => {
    const applied: Change[] = [];
    const stored = await catchUp({}, (change) => applied.push(change), sample.base);
    expect(applied.length).toBeGreaterThan(100);
    const again: Change[] = [];
    await catchUp(stored, (change) => again.push(change), sample.base);
    expect(again).toEqual([]);

    const controller = new AbortController();
    const following = keepFollowing(controller.signal, () => controller.abort(), sample.base);
    await expect(following).resolves.toBeUndefined();
  });

  it('file-a-request.ts', async () => {
    const result = await fileARequest(sample.base);
    expect(result).toMatchObject({
      trackingNumber: expect.stringMatching(/^ln-finance:/),
      replyDueOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
  });

  it('handle-errors.ts', async () => {
    expect(await describeFailure(sample.base)).toMatch(/^404 /);
    expect(await describeFailure('http://127.0.0.1:9')).toMatch(/^unreachable: /);
  });

  it('download-csv.ts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-client-'));
    try {
      const file = await downloadVillageFees(join(dir, 'fees.csv'), sample.base);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toContain('哈尔套镇东村');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('small-bundle.ts', async () => {
    const { headlines, latest } = await banner(sample.base);
    expect(headlines.length).toBeGreaterThan(0);
    expect(latest).toHaveLength(3);
  });

  it('options.ts', async () => {
    const lines: string[] = [];
    const { client, stop } = configuredClient(sample.base, (line) => lines.push(line));
    const first = await client.departments.list();
    expect(await client.departments.list()).toEqual(first);
    stop();
    await expect(client.departments.list()).rejects.toMatchObject({ name: 'AbortError' });
  });
});
