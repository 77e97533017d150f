// A department served from code: a SQLite file, the sample department's records imported once,
// the v1 contract on a port. The README shows this file; test/examples.test.ts runs it.
import { createDepartmentApp, importDataset, loadSampleDataset, openSqliteStore } from '@gongkai/department-kit';

export async function serveFromCode(databaseFile: string, port: number) {
  const store = openSqliteStore(databaseFile);
  const dataset = loadSampleDataset('ln-zhangwu');
  if (!(await store.getDepartment())) await importDataset(store, dataset, 'ln-zhangwu sample');

  const { app } = createDepartmentApp({
    department: dataset.department,
    store,
    adminTokens: (process.env['GONGKAI_ADMIN_TOKENS'] ?? '').split(',').filter(Boolean),
    feedbackPolicy: { replyWorkingDays: { complaint: 15 }, rectificationWorkingDays: 5 },
  });
  const server = app.listen(port);
  return { server, store };
}
