import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Department } from '@gongkai/spec';
import { importDataset } from '../dataset/import-dataset';
import { readDatasetFile } from '../dataset/import-file';
import { describeProblem, ImportRejected } from '../dataset/import-problems';
import { isSampleDepartmentId, loadSampleDataset, SAMPLE_DEPARTMENT_IDS } from '../dataset/sample-datasets';
import { createDepartmentApp } from '../http/create-department-app';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { DisclosureStore } from '../store/disclosure-store';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store';
import { calendarWith } from './calendar-command';
import { serveDatabaseCommand, SERVE_DATABASE_HELP } from './platform-command';
import type { RunningPlatform } from './platform-server';
import { CliError, type CliIo } from './cli-io';
import { openCommandDatabase } from './database-file';
import { integer, parseOptions } from './parse-options';
import { adminTokensFrom, readServeConfig, type ServeConfig } from './serve-config';

export const SERVE_HELP = `Usage: gongkai-department serve --db FILE [--port N] [--host ADDRESS] [--config FILE]
       gongkai-department serve --sample ID [--port N] [--host ADDRESS]
       gongkai-department serve --database postgres://… --config PLATFORM.json [--port N] [--host ADDRESS]

Serves the Gongkai v1 contract for one department: the public operations and the staff
("Department admin") operations.

Options:
  --db FILE        the SQLite database (created when missing); import data with "import"
  --sample ID      serve a sample department from @gongkai/spec, in memory (nothing is saved):
                   ${SAMPLE_DEPARTMENT_IDS.join(', ')}
  --database URL   many departments from one PostgreSQL database, each under /d/<id>/v1/…
                   (see below)
  --config FILE    JSON: "department" (a v1 Department) or "dataset" (a gongkai-dataset@1 file,
                   imported when the database is empty), "calendars" (operator calendar files),
                   "feedback" ({ replyWorkingDays: { complaint: 15, … }, rectificationWorkingDays: 5 }),
                   "requestClock" ({ feePaymentPausesClock }), "publicBaseUrl",
                   "publicationLimits" ({ licensing: 7, … }: shorter legal limits in
                   working days per category, Art. 26), "annualReportDueDates"
                   ({ township: "01-31" }: MM-DD of the next year by level, Art. 49)
  --port N         port to listen on (default 4001; 0 picks a free one)
  --host ADDRESS   address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  -h, --help       this text

Environment:
  GONGKAI_ADMIN_TOKENS  staff tokens for the admin operations, separated by commas (at least 16
                        characters each). Without them every admin operation answers 401.

With --database:
${SERVE_DATABASE_HELP.replace(/^Usage: .*\n\n/, '')}
SIGTERM or SIGINT stops accepting connections, finishes the requests in flight, closes the database.

Examples:
  gongkai-department serve --sample ln-finance --port 4001
  GONGKAI_ADMIN_TOKENS=$(cat staff.token) gongkai-department serve --db finance.db --config finance.json --port 4001
  gongkai-department serve --database postgres://gongkai@db.internal/gongkai --config platform.json --port 4001
`;

export interface RunningDepartment {
  readonly url: string;
  readonly department: Omit<Department, 'health'>;
  /** Stops accepting connections, waits for the requests in flight, closes the store. */
  close(): Promise<void>;
}

export interface ServeOptions {
  readonly db?: string;
  readonly sample?: string;
  readonly config?: ServeConfig;
  readonly port: number;
  readonly host: string;
  readonly adminTokens: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

/** The department to serve: the sample's, the config's, the dataset's (imported if the database is empty), or the stored one. */
async function departmentFor(
  store: DisclosureStore,
  options: ServeOptions,
  calendar: WorkingDayCalendar,
): Promise<Omit<Department, 'health'>> {
  const config = options.config;
  const importOptions = { calendar, ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
  if (options.sample !== undefined) {
    if (!isSampleDepartmentId(options.sample))
      throw new CliError(`serve: --sample must be one of ${SAMPLE_DEPARTMENT_IDS.join(', ')}; got "${options.sample}"`, 2);
    const dataset = loadSampleDataset(options.sample);
    await importDataset(store, dataset, options.sample, importOptions);
    return dataset.department;
  }
  const stored = await store.getDepartment();
  if (config?.department) {
    if (stored && stored.id !== config.department.id)
      throw new CliError(
        `serve: the config's department is ${config.department.id}, but ${options.db} holds ${stored.id}; one database serves one department`,
      );
    await store.setDepartment(config.department);
    return config.department;
  }
  if (config?.dataset) {
    const dataset = await readDatasetFile(config.dataset);
    if (stored && stored.id !== dataset.department.id)
      throw new CliError(`serve: the dataset's department is ${dataset.department.id}, but ${options.db} holds ${stored.id}`);
    if (!stored) await importDataset(store, dataset, config.dataset, importOptions);
    return dataset.department;
  }
  if (!stored)
    throw new CliError(
      `serve: ${options.db} holds no department yet; pass --config with the department configuration ("gongkai-department init" writes one), or import first ("gongkai-department import --db ${options.db} --config department.jsonc catalogue.xlsx")`,
    );
  return stored;
}

/** Opens the store, prepares the department and listens; the handle stops it all. */
export async function startDepartmentServer(options: ServeOptions): Promise<RunningDepartment> {
  // A database this command creates is removed again when serving fails (no empty .db left behind).
  const database = options.sample !== undefined ? undefined : openCommandDatabase(options.db!);
  // This process now serves the file: claims a killed run left unanswered wrote nothing.
  database?.store.idempotency.forgetUnanswered();
  const store = database?.store ?? openSqliteStore(':memory:');
  try {
    const config = options.config;
    const calendar = await calendarWith(config?.calendars ?? []);
    const department = await departmentFor(store, options, calendar);
    const { app } = createDepartmentApp({
      department,
      store,
      calendar,
      adminTokens: options.adminTokens,
      ...(config?.feedback ? { feedbackPolicy: config.feedback } : {}),
      ...(config?.requestClock ? { requestClock: config.requestClock } : {}),
      ...(config?.publicBaseUrl ? { publicBaseUrl: config.publicBaseUrl } : {}),
      ...(config?.publicationLimits ? { publicationLimits: config.publicationLimits } : {}),
      ...(config?.annualReportDueDates ? { annualReportDueDates: config.annualReportDueDates } : {}),
    });
    const server: Server = await new Promise((resolve, reject) => {
      const listening = app.listen(options.port, options.host, () => resolve(listening));
      listening.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new CliError(
            `serve: cannot listen on ${options.host}:${options.port} (${error.code ?? error.message})${error.code === 'EADDRINUSE' ? '; choose another --port' : ''}`,
          ),
        ),
      );
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      url: `http://${host}:${address.port}`,
      department,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await store.close();
      },
    };
  } catch (error) {
    if (database) await database.close(false);
    else await store.close();
    throw error;
  }
}

export async function serveCommand(argv: readonly string[], io: CliIo): Promise<RunningDepartment | RunningPlatform | number> {
  const { values } = parseOptions('serve', argv, {
    db: { type: 'string' },
    database: { type: 'string' },
    sample: { type: 'string' },
    config: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  });
  if (values.help) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  if ([values.db, values.sample, values.database].filter((value) => value !== undefined).length !== 1)
    throw new CliError(
      'serve: give one of --db FILE, --sample ID or --database postgres://…. Run "gongkai-department serve --help" for usage.',
      2,
    );
  if (values.database !== undefined) return serveDatabaseCommand({ ...values, database: values.database }, io);
  if (values.sample !== undefined && values.config !== undefined)
    throw new CliError('serve: --config applies to --db; a sample brings its own department', 2);
  const adminTokens = adminTokensFrom(io.env);
  if (adminTokens.length === 0)
    io.stderr('gongkai-department: no staff tokens in GONGKAI_ADMIN_TOKENS: admin operations will answer 401\n');
  try {
    const running = await startDepartmentServer({
      ...(values.db !== undefined ? { db: values.db } : {}),
      ...(values.sample !== undefined ? { sample: values.sample } : {}),
      ...(values.config !== undefined ? { config: await readServeConfig(values.config) } : {}),
      port: integer('serve', 'port', values.port ?? '4001', 0, 65535),
      host: values.host ?? '127.0.0.1',
      adminTokens,
    });
    io.stdout(
      `gongkai-department: ${running.department.id} (${running.department.name}) on ${running.url}${values.sample !== undefined ? ' — sample data in memory' : ` — ${values.db}`}\n`,
    );
    return running;
  } catch (error) {
    if (error instanceof ImportRejected) {
      throw new CliError(
        `serve: ${error.message}:\n${error.problems
          .slice(0, 50)
          .map((p) => `  ${describeProblem(p)}`)
          .join('\n')}`,
      );
    }
    throw error;
  }
}
