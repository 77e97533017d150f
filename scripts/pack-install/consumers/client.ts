// @gongkai/client's README examples (examples/*.ts, copied as they ship) run by a user against a gateway.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, isProblemError } from '@gongkai/client';
import { downloadVillageFees } from './client-examples/download-csv.js';
import { catchUp } from './client-examples/follow-changes.js';
import { describeFailure } from './client-examples/handle-errors.js';
import { quickStart } from './client-examples/quick-start.js';
import { startGateway } from './sample-gateway.js';

export async function main(): Promise<void> {
  const gateway = await startGateway();
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-consumer-'));
  try {
    const client = createClient({ baseUrl: gateway.base });
    const page = await client.fees.list({ division: '210922105201' });
    assert.ok(page.data.length > 0);
    await assert.rejects(client.items.list({ limit: 1000 }), (error: unknown) => isProblemError(error) && error.status === 400);

    const started = await quickStart(gateway.base);
    assert.equal(started.titles.length, 5);
    const failure = await describeFailure(gateway.base);
    assert.ok(typeof failure === 'string' && failure.startsWith('404 '), String(failure));
    const stored = await catchUp({}, () => undefined, gateway.base);
    assert.ok(stored.cursor);
    const file = await downloadVillageFees(join(dir, 'fees.csv'), gateway.base);
    assert.ok(readFileSync(file, 'utf8').includes('哈尔套镇东村'));
  } finally {
    await gateway.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
