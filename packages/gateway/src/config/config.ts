import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import Ajv2020 from 'ajv/dist/2020.js';
import { configSchema } from './config-schema';

export interface Quota {
  points: number;
  durationSeconds: number;
}

export interface DepartmentConfig {
  id: string;
  baseUrl: string;
  /** The whole answer's deadline: headers and every byte of the body. */
  timeoutMs: number;
  connections: number;
  /** The largest answer read from the department; a larger one is a failure (502). */
  maxAnswerBytes: number;
}

/** `off`: no checks; `warn`: log each failing check and serve; `refuse`: do not start while a department fails one. */
export type CheckDepartmentsMode = 'off' | 'warn' | 'refuse';

export interface ApiKeyConfig {
  id: string;
  sha256: string;
  read: Quota;
  write: Quota;
}

export interface GatewayConfig {
  port: number;
  host: string;
  publicBaseUrl?: string;
  /** The hosts a trusted X-Forwarded-Host may name (lower case); others are ignored. */
  publicHosts: string[];
  departments: DepartmentConfig[];
  /** The DCAT-AP catalogue: the data licence (an IRI), its title and publisher. */
  catalog: { license: string; title: string; publisherName: string };
  cache: { ttlMs: number; staleWhileRevalidateMs: number; staleIfErrorMs: number; maxBytes: number };
  rateLimits: {
    anonymousRead: Quota;
    anonymousWrite: Quota;
    apiKeys: ApiKeyConfig[];
    /** Gateway replicas sharing one Redis: while it is unreachable each allows quota / replicas. */
    replicas: number;
  };
  circuitBreaker: { failureThreshold: number; openMs: number };
  cors: { writeOrigins: string[] };
  bodyLimitBytes: number;
  trustProxy: boolean;
  /** With `trustProxy`: the proxies of the operator's own that append to X-Forwarded-For. */
  trustProxyHops: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownGraceMs: number;
  /** What `gongkai-gateway` does with the conformance checks of the departments at start-up. */
  checkDepartments: CheckDepartmentsMode;
  /** `/metrics` on a port of its own, or behind a bearer token; with neither, public on the API port. */
  metrics: { port?: number; token?: string };
  /** From `GONGKAI_REDIS_URL` only; unset means the embedded in-memory stores. */
  redisUrl?: string;
  /** From `GONGKAI_CURSOR_SECRET`; without it a random secret (cursors then die with the process). */
  cursorSecret: string;
  cursorSecretFromEnvironment: boolean;
}

/** A configuration problem, with the file, the key and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Environment = Record<string, string | undefined>;

let compiled: ReturnType<Ajv2020['compile']> | undefined;
function validator() {
  // `useDefaults` fills every optional setting, so the rest of the gateway reads plain values.
  compiled ??= new Ajv2020({ allErrors: true, useDefaults: true, strict: true, verbose: true }).compile(configSchema);
  return compiled;
}

function describeErrors(source: string, errors: NonNullable<ReturnType<typeof validator>['errors']>): string {
  const lines = errors.map((error) => {
    const params = error.params as Record<string, unknown>;
    const at = error.instancePath || '/';
    if (error.keyword === 'required') return `${source}: ${at === '/' ? '' : at}/${String(params['missingProperty'])} is required`;
    if (error.keyword === 'additionalProperties')
      return `${source}: ${at === '/' ? '' : at}/${String(params['additionalProperty'])} is not a known setting`;
    if (error.keyword === 'pattern') {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return `${source}: ${at} ${description ? `must be ${description.replace(/^An? /, 'an ').replace(/\.$/, '')}` : `must match ${String(params['pattern'])}`}`;
    }
    if (error.keyword === 'enum') return `${source}: ${at} must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    return `${source}: ${at} ${error.message ?? 'is invalid'}`;
  });
  return [...new Set(lines)].join('\n');
}

/** Parses a quota override like `6000/60` (6000 requests per 60 seconds). */
function parseQuota(name: string, value: string): Quota {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new ConfigError(`environment: ${name}=${JSON.stringify(value)} must be POINTS/SECONDS, e.g. 6000/60`);
  }
  return { points: Number(match[1]), durationSeconds: Number(match[2]) };
}

/** A whole number in [min, max] from the environment. */
function parseInteger(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new ConfigError(`environment: ${name}=${JSON.stringify(value)} must be a whole number from ${min} to ${max}`);
  return number;
}

/** `GONGKAI_PUBLIC_HOSTS`: hosts separated by commas, each as `publicHosts` takes it. */
function parsePublicHosts(value: string): string[] {
  const pattern = new RegExp(configSchema.properties.publicHosts.items.pattern);
  const hosts = value
    .split(',')
    .map((host) => host.trim())
    .filter(Boolean);
  const bad = hosts.find((host) => !pattern.test(host));
  if (bad !== undefined) throw new ConfigError(`environment: GONGKAI_PUBLIC_HOSTS holds ${JSON.stringify(bad)}, not a host or host:port`);
  return hosts.map((host) => host.toLowerCase());
}

function parsePort(value: string, name = 'PORT'): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new ConfigError(`environment: ${name}=${JSON.stringify(value)} must be a port number (0–65535)`);
  return port;
}

/** An environment override that must be one of the schema's values. */
function oneOf<T extends string>(name: string, value: string, values: readonly T[]): T {
  if (!(values as readonly string[]).includes(value)) throw new ConfigError(`environment: ${name} must be one of ${values.join(', ')}`);
  return value as T;
}

/**
 * Validates a parsed configuration and applies the environment: `PORT`, `GONGKAI_REDIS_URL`,
 * `GONGKAI_CURSOR_SECRET`, `GONGKAI_RATE_LIMIT_ANONYMOUS_READ` / `_WRITE` (`POINTS/SECONDS`),
 * `GONGKAI_LOG_LEVEL`, `GONGKAI_CHECK_DEPARTMENTS`, `GONGKAI_TRUST_PROXY` (`true`/`false`), `GONGKAI_TRUST_PROXY_HOPS`,
 * `GONGKAI_PUBLIC_HOSTS` (comma-separated), `GONGKAI_DEPARTMENT_MAX_ANSWER_BYTES`, `GONGKAI_METRICS_PORT`,
 * `GONGKAI_METRICS_TOKEN`.
 */
export function resolveConfig(raw: unknown, source: string, env: Environment = process.env): GatewayConfig {
  const copy = structuredClone(raw);
  const validate = validator();
  if (!validate(copy)) throw new ConfigError(describeErrors(source, validate.errors ?? []));
  const file = copy as Omit<GatewayConfig, 'departments' | 'redisUrl' | 'cursorSecret' | 'cursorSecretFromEnvironment'> & {
    departments: Array<{ id: string; baseUrl: string; timeoutMs?: number; connections?: number }>;
    departmentTimeoutMs: number;
    departmentMaxAnswerBytes: number;
  };

  const seen = new Set<string>();
  for (const [index, department] of file.departments.entries()) {
    if (seen.has(department.id)) throw new ConfigError(`${source}: /departments/${index}/id "${department.id}" is listed twice`);
    seen.add(department.id);
  }

  const config: GatewayConfig = {
    port: file.port,
    host: file.host,
    ...(file.publicBaseUrl ? { publicBaseUrl: file.publicBaseUrl } : {}),
    publicHosts: file.publicHosts.map((host) => host.toLowerCase()),
    departments: file.departments.map((d) => ({
      id: d.id,
      baseUrl: d.baseUrl.replace(/\/+$/, ''),
      timeoutMs: d.timeoutMs ?? file.departmentTimeoutMs,
      connections: d.connections ?? 32,
      maxAnswerBytes: file.departmentMaxAnswerBytes,
    })),
    catalog: file.catalog,
    cache: file.cache,
    rateLimits: file.rateLimits,
    circuitBreaker: file.circuitBreaker,
    cors: file.cors,
    bodyLimitBytes: file.bodyLimitBytes,
    trustProxy: file.trustProxy,
    trustProxyHops: file.trustProxyHops,
    logLevel: file.logLevel,
    shutdownGraceMs: file.shutdownGraceMs,
    checkDepartments: file.checkDepartments,
    metrics: file.metrics,
    cursorSecret: env['GONGKAI_CURSOR_SECRET'] ?? randomBytes(32).toString('base64url'),
    cursorSecretFromEnvironment: env['GONGKAI_CURSOR_SECRET'] !== undefined,
  };
  if (env['PORT'] !== undefined && env['PORT'] !== '') config.port = parsePort(env['PORT']);
  if (env['GONGKAI_REDIS_URL']) {
    if (!/^rediss?:\/\//.test(env['GONGKAI_REDIS_URL']))
      throw new ConfigError('environment: GONGKAI_REDIS_URL must start with redis:// or rediss://');
    config.redisUrl = env['GONGKAI_REDIS_URL'];
  }
  if (env['GONGKAI_CURSOR_SECRET'] !== undefined && env['GONGKAI_CURSOR_SECRET'].length < 16) {
    throw new ConfigError('environment: GONGKAI_CURSOR_SECRET must be at least 16 characters');
  }
  if (env['GONGKAI_RATE_LIMIT_ANONYMOUS_READ'])
    config.rateLimits.anonymousRead = parseQuota('GONGKAI_RATE_LIMIT_ANONYMOUS_READ', env['GONGKAI_RATE_LIMIT_ANONYMOUS_READ']);
  if (env['GONGKAI_RATE_LIMIT_ANONYMOUS_WRITE'])
    config.rateLimits.anonymousWrite = parseQuota('GONGKAI_RATE_LIMIT_ANONYMOUS_WRITE', env['GONGKAI_RATE_LIMIT_ANONYMOUS_WRITE']);
  if (env['GONGKAI_CHECK_DEPARTMENTS'])
    config.checkDepartments = oneOf(
      'GONGKAI_CHECK_DEPARTMENTS',
      env['GONGKAI_CHECK_DEPARTMENTS'],
      configSchema.properties.checkDepartments.enum,
    );
  if (env['GONGKAI_TRUST_PROXY'])
    config.trustProxy = oneOf('GONGKAI_TRUST_PROXY', env['GONGKAI_TRUST_PROXY'], ['true', 'false']) === 'true';
  if (env['GONGKAI_TRUST_PROXY_HOPS']) {
    const { minimum, maximum } = configSchema.properties.trustProxyHops;
    config.trustProxyHops = parseInteger('GONGKAI_TRUST_PROXY_HOPS', env['GONGKAI_TRUST_PROXY_HOPS'], minimum, maximum);
  }
  if (env['GONGKAI_PUBLIC_HOSTS'] !== undefined) config.publicHosts = parsePublicHosts(env['GONGKAI_PUBLIC_HOSTS']);
  if (env['GONGKAI_DEPARTMENT_MAX_ANSWER_BYTES']) {
    const { minimum, maximum } = configSchema.properties.departmentMaxAnswerBytes;
    const maxAnswerBytes = parseInteger(
      'GONGKAI_DEPARTMENT_MAX_ANSWER_BYTES',
      env['GONGKAI_DEPARTMENT_MAX_ANSWER_BYTES'],
      minimum,
      maximum,
    );
    for (const department of config.departments) department.maxAnswerBytes = maxAnswerBytes;
  }
  if (env['GONGKAI_LOG_LEVEL'])
    config.logLevel = oneOf('GONGKAI_LOG_LEVEL', env['GONGKAI_LOG_LEVEL'], configSchema.properties.logLevel.enum);
  if (env['GONGKAI_METRICS_PORT'])
    config.metrics = { ...config.metrics, port: parsePort(env['GONGKAI_METRICS_PORT'], 'GONGKAI_METRICS_PORT') };
  if (env['GONGKAI_METRICS_TOKEN'] !== undefined) {
    if (env['GONGKAI_METRICS_TOKEN'].length < 16)
      throw new ConfigError('environment: GONGKAI_METRICS_TOKEN must be at least 16 characters');
    config.metrics = { ...config.metrics, token: env['GONGKAI_METRICS_TOKEN'] };
  }
  return config;
}

/** Reads, parses and validates a configuration file (path from `--config` or `GONGKAI_CONFIG`). */
export async function loadConfig(path: string, env: Environment = process.env): Promise<GatewayConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `${path}: no such file (pass --config FILE or set GONGKAI_CONFIG)`
        : `${path}: cannot be read (${code ?? String(error)})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path}: is not valid JSON (${(error as Error).message})`);
  }
  return resolveConfig(raw, path, env);
}
