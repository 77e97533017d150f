import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problem, type Department } from '@gongkai/spec';
import type pg from 'pg';
import { importDataset } from '../dataset/import-dataset';
import { readDatasetFile } from '../dataset/import-file';
import { createDepartmentApp } from '../http/create-department-app';
import type { DisclosureStore, ProgressListener } from '../store/disclosure-store';
import { departmentSchema, openPostgresStore, type PostgresStore } from '../store/postgres/open-postgres-store';
import { createPool, exclusively } from '../store/postgres/pg-database';
import { calendarWith } from './calendar-command';
import { CliError } from './cli-io';
import type { ServeConfig } from './serve-config';

export interface HostedDepartment extends ServeConfig {
  /** The department's id: its base path is `/d/<id>`, its tables are in the schema `gk_<id>`. */
  readonly id: string;
  readonly adminTokens: readonly string[];
  /** Where its config came from, for messages. */
  readonly source?: string;
}

export interface PlatformOptions {
  /** `postgres://…`: the one database every department of the deployment keeps its schema in. */
  readonly database: string;
  readonly departments: readonly HostedDepartment[];
  readonly port: number;
  readonly host: string;
  /** The most connections this process opens, shared by its departments (default 10). */
  readonly poolMax?: number;
  readonly onProgress?: (departmentId: string) => ProgressListener;
}

export interface RunningPlatform {
  readonly url: string;
  /** Each department and its base URL (`<url>/d/<id>`), as a gateway's `departments` configuration names it. */
  readonly departments: readonly { readonly department: Omit<Department, 'health'>; readonly baseUrl: string }[];
  close(): Promise<void>;
}

/** The base path of a hosted department. */
export const basePath = (departmentId: string): string => `/d/${departmentId}`;

/**
 * The department a hosted config serves, prepared once across replicas: under an advisory lock per
 * department, the first replica stores the department (or imports its dataset into the empty
 * schema); the others then find it stored.
 */
async function prepare(pool: pg.Pool, store: PostgresStore, hosted: HostedDepartment, onProgress?: ProgressListener) {
  const calendar = await calendarWith(hosted.calendars);
  const department = await exclusively(pool, `prepare:${store.schema}`, async (): Promise<Omit<Department, 'health'>> => {
    const stored = await store.getDepartment();
    const source = hosted.source ?? hosted.id;
    if (hosted.department) {
      if (stored && stored.id !== hosted.department.id)
        throw new CliError(`serve: ${source} serves ${hosted.department.id}, but the schema ${store.schema} holds ${stored.id}`);
      await store.setDepartment(hosted.department);
      return hosted.department;
    }
    if (!hosted.dataset) throw new CliError(`serve: ${source} names no department: give it "department" or "dataset"`);
    const dataset = await readDatasetFile(hosted.dataset);
    if (stored && stored.id !== dataset.department.id)
      throw new CliError(
        `serve: the dataset ${hosted.dataset} is ${dataset.department.id}, but the schema ${store.schema} holds ${stored.id}`,
      );
    if (!stored) await importDataset(store, dataset, hosted.dataset, { calendar, ...(onProgress ? { onProgress } : {}) });
    return dataset.department;
  });
  if (department.id !== hosted.id)
    throw new CliError(`serve: ${hosted.source ?? hosted.id} is hosted as ${hosted.id} but serves ${department.id}`);
  return { department, calendar };
}

/**
 * One process serving many departments from one PostgreSQL database, each under its own base path
 * (`/d/ln-finance/v1/…`) with its own schema, profile, staff tokens and calendar. A request reaches
 * only the app of the department its path names, and each app reads only its own schema: one
 * department's records are never visible through another's path. Several such processes on one
 * database are replicas of each other.
 */
export async function startPlatformServer(options: PlatformOptions): Promise<RunningPlatform> {
  const pool = createPool(options.database, { max: options.poolMax ?? 10 });
  const stores: DisclosureStore[] = [];
  try {
    const apps = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
    const hosted: { department: Omit<Department, 'health'>; path: string }[] = [];
    for (const entry of options.departments) {
      const store = await openPostgresStore(pool, { schema: departmentSchema(entry.id) });
      stores.push(store);
      const { department, calendar } = await prepare(pool, store, entry, options.onProgress?.(entry.id));
      const { app, router } = createDepartmentApp({
        department,
        store,
        calendar,
        adminTokens: entry.adminTokens,
        ...(entry.feedback ? { feedbackPolicy: entry.feedback } : {}),
        ...(entry.requestClock ? { requestClock: entry.requestClock } : {}),
        ...(entry.publicBaseUrl ? { publicBaseUrl: entry.publicBaseUrl } : {}),
      });
      // Every route of the department under its base path, so its links (`links.next`, problem
      // `instance`) carry the path the client used.
      router.prefix(basePath(department.id));
      apps.set(department.id, app.callback());
      hosted.push({ department, path: basePath(department.id) });
    }
    const server: Server = createServer((req, res) => {
      const id = /^\/d\/([a-z][a-z0-9-]{1,39})(?:[/?]|$)/.exec(req.url ?? '')?.[1];
      const app = id === undefined ? undefined : apps.get(id);
      if (app) return app(req, res);
      const body = problem('not-found', 404, {
        title: 'No such department',
        detail: `This deployment hosts ${hosted.map((h) => h.path).join(', ')}; each serves the v1 contract under its path, e.g. ${hosted[0]!.path}/v1/items.`,
      });
      res.writeHead(404, { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ ...body, instance: req.url }));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(new CliError(`serve: cannot listen on ${options.host}:${options.port} (${error.code ?? error.message})`)),
      );
      server.listen(options.port, options.host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    return {
      url,
      departments: hosted.map(({ department, path }) => ({ department, baseUrl: `${url}${path}` })),
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        for (const store of stores) await store.close();
        await pool.end();
      },
    };
  } catch (error) {
    for (const store of stores) await store.close();
    await pool.end();
    throw error;
  }
}
