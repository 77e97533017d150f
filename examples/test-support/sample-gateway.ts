import pino from 'pino';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { createGateway, resolveConfig, type GatewayOptions } from '@gongkai/gateway';

export interface SampleGateway {
  /** The gateway's origin, e.g. `http://127.0.0.1:43121`. */
  readonly base: string;
  /** The sample departments behind it, each on its own loopback port. */
  readonly departments: readonly RunningDepartment[];
  close(): Promise<void>;
}

export interface SampleGatewayOptions {
  /** Gateway configuration over the defaults (`rateLimits`, `circuitBreaker`, …). */
  readonly config?: Record<string, unknown>;
  /** The environment the gateway reads (e.g. `GONGKAI_RATE_LIMIT_ANONYMOUS_READ`). */
  readonly env?: Record<string, string>;
  /** Staff tokens of every department (none by default: admin operations answer 401). */
  readonly adminTokens?: readonly string[];
  /** The URL the gateway calls for a department: put a fault-injecting proxy in between. Default: the department itself. */
  readonly route?: (department: RunningDepartment) => string | Promise<string>;
  /** Extra routes mounted before the API (test pages, the elements' CDN file). */
  readonly extend?: GatewayOptions['extend'];
}

/** The six sample departments (in memory) behind a gateway on loopback: what the examples run against. */
export async function startSampleGateway(options: SampleGatewayOptions = {}): Promise<SampleGateway> {
  const departments: RunningDepartment[] = await Promise.all(
    SAMPLE_DEPARTMENT_IDS.map((sample) =>
      startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: options.adminTokens ?? [] }),
    ),
  );
  const route = options.route ?? ((department: RunningDepartment) => department.url);
  const routes = await Promise.all(departments.map(async (d) => ({ id: d.department.id, baseUrl: await route(d) })));
  const config = resolveConfig({ ...options.config, departments: routes }, 'examples', {
    GONGKAI_CURSOR_SECRET: 'examples-secret-123456',
    ...options.env,
  });
  const gateway = createGateway(config, { logger: pino({ level: 'silent' }), ...(options.extend ? { extend: options.extend } : {}) });
  const address = await gateway.listen(0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${address.port}`,
    departments,
    async close() {
      await gateway.close();
      await Promise.all(departments.map((d) => d.close()));
    },
  };
}
