import pino from 'pino';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { createGateway, resolveConfig } from '@gongkai/gateway';

export interface SampleGateway {
  /** The gateway's origin, e.g. `http://127.0.0.1:43121`. */
  readonly base: string;
  close(): Promise<void>;
}

/** The six sample departments (in memory) behind a gateway on loopback: what the examples run against. */
export async function startSampleGateway(): Promise<SampleGateway> {
  const departments: RunningDepartment[] = await Promise.all(
    SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
  );
  const config = resolveConfig({ departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })) }, 'examples', {
    GONGKAI_CURSOR_SECRET: 'examples-secret-123456',
  });
  const gateway = createGateway(config, { logger: pino({ level: 'silent' }) });
  const address = await gateway.listen(0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${address.port}`,
    async close() {
      await gateway.close();
      await Promise.all(departments.map((d) => d.close()));
    },
  };
}
