import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError, loadConfig, type GatewayConfig } from './config/config';
import { checkDepartments } from './departments/department-conformance';
import { createLogger } from './observability/logger';
import { createGateway } from './server/create-gateway';

const HELP = `gongkai-gateway — the Gongkai gateway: one v1 API in front of the departments

Usage:
  gongkai-gateway --config gongkai.config.json
  GONGKAI_CONFIG=gongkai.config.json gongkai-gateway
  gongkai-gateway check-department URL [--token T] [--allow-writes] [--json] [--junit FILE]

Options:
  -c, --config FILE   configuration file (default: $GONGKAI_CONFIG, then ./gongkai.config.json)
  -h, --help          show this help
  -v, --version       print the version

Commands:
  check-department URL   checks that the department at URL implements the v1 contract (the
                         checks of @gongkai/conformance) and exits 0 conforming, 1 violations,
                         2 unreachable or a wrong command line; check-department --help says more

The minimum configuration:
  { "departments": [ { "id": "ln-finance", "baseUrl": "http://127.0.0.1:4001" } ] }

At start-up the gateway runs the same checks, read-only, against every department
("checkDepartments" in the file): "warn" (the default) logs each failing check and serves
anyway, "refuse" exits 1 naming the departments and the checks they fail, "off" skips them.
A department that does not answer is logged and never stops the start.

Environment (overrides the file; secrets only come from here):
  PORT                                  port to listen on (default 8080)
  GONGKAI_REDIS_URL                     redis://… to share rate limits and the cache between replicas
                                        (unset: in-process memory)
  GONGKAI_CURSOR_SECRET                 secret that signs list cursors; the same on every replica
                                        (unset: random per process, cursors die with it)
  GONGKAI_RATE_LIMIT_ANONYMOUS_READ     POINTS/SECONDS, e.g. 100000/60 for a load test
  GONGKAI_RATE_LIMIT_ANONYMOUS_WRITE    POINTS/SECONDS
  GONGKAI_LOG_LEVEL                     fatal, error, warn, info, debug, trace or silent
  GONGKAI_CHECK_DEPARTMENTS             off, warn or refuse (see above)

Serves /v1/… (the contract), /openapi.json, /docs, /healthz, /readyz and /metrics.
SIGTERM or SIGINT drains requests in flight, then exits.`;

/** `gongkai-gateway check-department …`: the conformance CLI, speaking as this command. */
async function checkDepartment(argv: readonly string[]): Promise<number> {
  const { runConformanceCli, conformanceProcessIo } = await import('@gongkai/conformance');
  return runConformanceCli(argv, conformanceProcessIo('gongkai-gateway check-department'));
}

/** With `checkDepartments: "refuse"`: the message that names what stops the start, or undefined to go on. */
async function refusal(config: GatewayConfig, logger: Logger): Promise<string | undefined> {
  const nonConforming = (await checkDepartments(config.departments, logger)).filter((check) => check.verdict === 'violations');
  if (!nonConforming.length) return undefined;
  const lines = nonConforming.map((check) => `  ${check.department} (${check.baseUrl}) fails ${check.failedChecks.join(', ')}`);
  return `gongkai-gateway: not starting: ${nonConforming.length === 1 ? 'a department does' : `${nonConforming.length} departments do`} not conform to v1 (checkDepartments is "refuse")
${lines.join('\n')}
Run gongkai-gateway check-department URL for each failure in full, or set checkDepartments to "warn" to serve anyway.
`;
}

async function main(): Promise<number> {
  if (process.argv[2] === 'check-department') return checkDepartment(process.argv.slice(3));
  let values: { config?: string; help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } },
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`gongkai-gateway: ${(error as Error).message}\nRun gongkai-gateway --help for usage.\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`gongkai-gateway ${packageJson.version} (${packageJson.name})\n`);
    return 0;
  }
  const path = values.config ?? process.env['GONGKAI_CONFIG'] ?? 'gongkai.config.json';
  let config;
  try {
    config = await loadConfig(path);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`gongkai-gateway: invalid configuration\n${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (config.checkDepartments === 'refuse') {
    const refused = await refusal(config, logger);
    if (refused) {
      process.stderr.write(refused);
      return 1;
    }
  }
  const gateway = createGateway(config, { logger });
  const address = await gateway.listen().catch((error: NodeJS.ErrnoException) => {
    process.stderr.write(`gongkai-gateway: cannot listen on ${config.host}:${config.port} (${error.code ?? error.message})\n`);
    return undefined;
  });
  if (!address) return 1;
  const shown = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
  process.stderr.write(
    `gongkai-gateway: serving ${config.departments.length} departments on http://${shown}:${address.port}/v1 (docs at /docs)\n`,
  );
  if (!config.cursorSecretFromEnvironment)
    process.stderr.write(
      'gongkai-gateway: GONGKAI_CURSOR_SECRET is not set; cursors will not survive a restart or work across replicas.\n',
    );
  if (config.checkDepartments === 'warn')
    // In the background: the gateway serves meanwhile, and a failing check is only logged.
    void checkDepartments(config.departments, logger).catch((error: unknown) =>
      logger.error({ err: (error as Error).message }, 'the conformance checks of the departments could not run'),
    );
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.stderr.write(`gongkai-gateway: ${signal}, draining requests in flight…\n`);
      void gateway.close().then(resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`gongkai-gateway: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
