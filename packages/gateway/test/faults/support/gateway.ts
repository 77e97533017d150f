import pino from 'pino';
import { resolveConfig } from '../../../src/config/config';
import { createGateway, type Gateway, type GatewayOptions } from '../../../src/server/create-gateway';

export interface FaultGateway {
  readonly gateway: Gateway;
  readonly url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A real gateway on loopback in front of departments given by id and URL (processes or servers),
 * with the cache off so that every request reaches a department, and quotas out of the way unless
 * the test sets its own.
 */
export async function startFaultGateway(
  departments: ReadonlyArray<{ id: string; url: string }>,
  settings: Record<string, unknown> = {},
  env: Record<string, string> = {},
  options: GatewayOptions = {},
): Promise<FaultGateway> {
  const config = resolveConfig(
    {
      departments: departments.map(({ id, url }) => ({ id, baseUrl: url })),
      cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
      rateLimits: { anonymousRead: { points: 1_000_000, durationSeconds: 60 }, anonymousWrite: { points: 1_000_000, durationSeconds: 60 } },
      checkDepartments: 'off',
      ...settings,
    },
    'fault test config',
    { GONGKAI_CURSOR_SECRET: 'fault-test-secret-of-sufficient-length', ...env },
  );
  const gateway = createGateway(config, { logger: pino({ level: 'silent' }), ...options });
  const address = await gateway.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return { gateway, url, get: (path, init) => fetch(`${url}${path}`, init), close: () => gateway.close() };
}
