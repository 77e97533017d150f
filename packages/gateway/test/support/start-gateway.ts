import pino from 'pino';
import { resolveConfig } from '../../src/config/config';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/server/create-gateway';
import type { LoopbackDepartment } from './loopback-department';

export interface RunningGateway {
  gateway: Gateway;
  url: string;
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** A gateway on loopback in front of the given departments, with settings a test can override. */
export async function startGateway(
  departments: readonly LoopbackDepartment[],
  settings: Record<string, unknown> = {},
  env: Record<string, string> = {},
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const config = resolveConfig(
    {
      departments: departments.map((department) => ({ id: department.options.id, baseUrl: department.url })),
      departmentTimeoutMs: 1000,
      cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
      rateLimits: { anonymousRead: { points: 100000, durationSeconds: 60 }, anonymousWrite: { points: 100000, durationSeconds: 60 } },
      ...settings,
    },
    'test config',
    { GONGKAI_CURSOR_SECRET: 'test-secret-of-sufficient-length', ...env },
  );
  const gateway = createGateway(config, { logger: pino({ level: 'silent' }), ...options });
  const address = await gateway.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;
  return { gateway, url, get: (path, init) => fetch(`${url}${path}`, init), close: () => gateway.close() };
}

/** Follows `links.next` from a first page to the end; returns every page's body. */
export async function walkPages<T>(
  running: RunningGateway,
  firstPath: string,
  maxPages = 1000,
): Promise<Array<{ data: T[]; meta: Record<string, unknown>; links: { next?: string } }>> {
  const pages = [];
  let path: string | undefined = firstPath;
  while (path && pages.length < maxPages) {
    const response = await running.get(path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    const body = (await response.json()) as { data: T[]; meta: Record<string, unknown>; links: { next?: string } };
    pages.push(body);
    path = body.links.next;
  }
  return pages;
}
