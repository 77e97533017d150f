// Three sample departments (department kit, SQLite files in a temporary directory, the sample data
// set) on free loopback ports, for the load scripts. Prints one JSON line: [{ id, url }].
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_DEPARTMENT_IDS, sampleDatasetPath, startDepartmentServer } from '@gongkai/department-kit';

const count = Number(process.argv[2] ?? 3);
const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-load-'));
const started = [];
for (const id of SAMPLE_DEPARTMENT_IDS.slice(0, count)) {
  const server = await startDepartmentServer({
    db: join(dataDir, `${id}.db`),
    config: { dataset: sampleDatasetPath(id), calendars: [] },
    host: '127.0.0.1',
    port: 0,
    adminTokens: ['load-test-staff-token-0123456789'],
  });
  started.push({ id: server.department.id, url: server.url, server });
}
process.stdout.write(`${JSON.stringify(started.map(({ id, url }) => ({ id, url })))}\n`);
const stop = async () => {
  for (const { server } of started) await server.close?.();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop());
