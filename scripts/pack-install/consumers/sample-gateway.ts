// A gateway as its README starts it (createGateway over loadConfig), in front of the six sample departments.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer } from '@gongkai/department-kit';
import { createGateway, loadConfig } from '@gongkai/gateway';

export async function startGateway(): Promise<{ base: string; close(): Promise<void> }> {
  const departments = await Promise.all(
    SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
  );
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-consumer-'));
  const file = join(dir, 'gongkai.config.json');
  writeFileSync(
    file,
    JSON.stringify({ departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })), logLevel: 'silent' }),
  );
  const gateway = createGateway(await loadConfig(file));
  const address = await gateway.listen(0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${address.port}`,
    async close() {
      await gateway.close();
      await Promise.all(departments.map((d) => d.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
