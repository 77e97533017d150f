import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError, loadConfig } from './config/config';
import { createGateway } from './server/create-gateway';

const HELP = `gongkai-gateway — the Gongkai gateway: one v1 API in front of the departments

Usage:
  gongkai-gateway --config gongkai.config.json
  GONGKAI_CONFIG=gongkai.config.json gongkai-gateway

Options:
  -c, --config FILE   configuration file (default: $GONGKAI_CONFIG, then ./gongkai.config.json)
  -h, --help          show this help
  -v, --version       print the version

The minimum configuration:
  { "departments": [ { "id": "ln-finance", "baseUrl": "http://127.0.0.1:4001" } ] }

Environment (overrides the file; secrets only come from here):
  PORT                                  port to listen on (default 8080)
  GONGKAI_REDIS_URL                     redis://… to share rate limits and the cache between replicas
                                        (unset: in-process memory)
  GONGKAI_CURSOR_SECRET                 secret that signs list cursors; the same on every replica
                                        (unset: random per process, cursors die with it)
  GONGKAI_RATE_LIMIT_ANONYMOUS_READ     POINTS/SECONDS, e.g. 100000/60 for a load test
  GONGKAI_RATE_LIMIT_ANONYMOUS_WRITE    POINTS/SECONDS
  GONGKAI_LOG_LEVEL                     fatal, error, warn, info, debug, trace or silent

Serves /v1/… (the contract), /openapi.json, /docs, /healthz, /readyz and /metrics.
SIGTERM or SIGINT drains requests in flight, then exits.`;

async function main(): Promise<number> {
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
  const gateway = createGateway(config);
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
