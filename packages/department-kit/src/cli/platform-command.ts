import { describeProblem, ImportRejected } from '../dataset/import-problems';
import { CliError, type CliIo } from './cli-io';
import { integer } from './parse-options';
import { adminTokensVariable, readPlatformConfig } from './platform-config';
import { startPlatformServer, type RunningPlatform } from './platform-server';

export const SERVE_DATABASE_HELP = `Usage: gongkai-department serve --database postgres://… --config PLATFORM.json [--port N] [--host ADDRESS]

Serves many departments from one PostgreSQL database (a provincial platform, 政府网站集约化): each
under its own base path, /d/<id>/v1/…, with its tables in its own schema (gk_<id>, "-" as "_").
Start several processes with the same arguments for replicas: they share the database, so
idempotency keys, tracking numbers, ids and the changes feed are one.

  PLATFORM.json   { "departments": ["finance.json", "housing.json"], "pool": { "max": 10 } }
                  each entry a serve config ("department" or "dataset", "calendars", "feedback",
                  "requestClock", "publicBaseUrl"; see "gongkai-department serve --help"), its
                  path relative to PLATFORM.json; a dataset is imported into an empty schema once
  pool.max        the most connections this process opens (default 10), shared by its departments

Environment:
  GONGKAI_ADMIN_TOKENS_<ID>  a department's own staff tokens, e.g. GONGKAI_ADMIN_TOKENS_LN_FINANCE
  GONGKAI_ADMIN_TOKENS       staff tokens of every department without its own
`;

export async function serveDatabaseCommand(
  options: { database: string; config?: string | undefined; port?: string | undefined; host?: string | undefined },
  io: CliIo,
): Promise<RunningPlatform> {
  if (!/^postgres(ql)?:\/\//.test(options.database))
    throw new CliError(`serve: --database must be a postgres:// connection string, got "${options.database}"`, 2);
  if (options.config === undefined)
    throw new CliError('serve: --database needs --config PLATFORM.json listing the departments. Run "gongkai-department serve --help".', 2);
  const config = await readPlatformConfig(options.config, io.env);
  for (const department of config.departments)
    if (department.adminTokens.length === 0)
      io.stderr(
        `gongkai-department: no staff tokens for ${department.id} (${adminTokensVariable(department.id)} or GONGKAI_ADMIN_TOKENS): its admin operations will answer 401\n`,
      );
  try {
    const running = await startPlatformServer({
      database: options.database,
      departments: config.departments,
      port: integer('serve', 'port', options.port ?? '4001', 0, 65535),
      host: options.host ?? '127.0.0.1',
      ...(config.pool.max !== undefined ? { poolMax: config.pool.max } : {}),
      onProgress: (id) => (done, total) => {
        if (total >= 1000 && (done === total || done % 10_000 === 0)) io.stderr(`${id}: imported ${done} of ${total} records\n`);
      },
    });
    io.stdout(
      `gongkai-department: ${running.departments.length} departments on ${running.url} — PostgreSQL\n${running.departments.map((d) => `  ${d.department.id}  ${d.baseUrl}  ${d.department.name}`).join('\n')}\n`,
    );
    return running;
  } catch (error) {
    if (error instanceof ImportRejected)
      throw new CliError(
        `serve: ${error.message}:\n${error.problems
          .slice(0, 50)
          .map((p) => `  ${describeProblem(p)}`)
          .join('\n')}`,
      );
    throw error;
  }
}
