import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '@gongkai/spec';
import { createClient, type GongkaiClient } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../test-support/sample-gateway';
import { describeChange, followChanges } from './follow-changes';
import { latestBudgetDisclosures } from './latest-budgets';
import { villageFeeSchedule } from './village-fees';

let sample: SampleGateway;
let client: GongkaiClient;

beforeAll(async () => {
  sample = await startSampleGateway();
  client = createClient({ baseUrl: sample.base });
}, 120_000);

afterAll(() => sample?.close());

describe('examples/node-client', () => {
  it('latest-budgets.ts lists the newest budget disclosures and each department’s three public expenses', async () => {
    const lines = await latestBudgetDisclosures(client, 5);
    const disclosures = lines.slice(0, lines.indexOf(''));
    expect(disclosures).toHaveLength(5);
    const dates = disclosures.map((line) => line.slice(0, 10));
    expect([...dates].sort().reverse()).toEqual(dates);
    const expenses = lines.slice(lines.indexOf('') + 2);
    expect(expenses.length).toBeGreaterThan(1);
    for (const line of expenses) expect(line).toMatch(/^\d{4} {2}ln-[a-z-]+ +\d+\.\d{2} 元 {2}\S/);
  });

  it('village-fees.ts gives the fees in force in one village, with their legal basis', async () => {
    const lines = await villageFeeSchedule(client, '210922105201');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^哈尔套镇东村 {2}\S+: \d+\.\d{2} /);
    expect(lines.join('\n')).not.toContain('2023年标准'); // expired, not in force
    expect(await villageFeeSchedule(client, '210922105299')).toEqual(['No fee in force in division 210922105299.']);
  });

  it('follow-changes.ts yields every change once and resumes from the stored position', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-follow-'));
    try {
      const stateFile = join(dir, 'cursor');
      const first: Change[] = [];
      await followChanges(client, { stateFile, onChange: (change) => first.push(change) });
      expect(first.length).toBeGreaterThan(100);
      expect(new Set(first.map((change) => change.id)).size).toBe(first.length);
      expect(readFileSync(stateFile, 'utf8')).toBeTruthy();
      const again: Change[] = [];
      await followChanges(client, { stateFile, onChange: (change) => again.push(change) });
      expect(again).toEqual([]);
      expect(describeChange(first[0]!)).toContain(first[0]!.resourceId);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
