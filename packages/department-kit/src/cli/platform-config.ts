import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readDatasetFile } from '../dataset/import-file';
import { CliError } from './cli-io';
import { adminTokensFrom, readServeConfig, type ServeConfig } from './serve-config';

/**
 * `serve --database URL --config FILE`: the departments one deployment hosts. Each entry is the
 * path of an ordinary serve config (`department` or `dataset`, `calendars`, `feedback`,
 * `requestClock`, `publicBaseUrl`), relative to this file:
 *
 *   { "departments": ["finance.json", "housing.json"], "pool": { "max": 20 } }
 */
export interface PlatformConfig {
  readonly departments: readonly PlatformDepartmentConfig[];
  readonly pool: { readonly max?: number };
}

export interface PlatformDepartmentConfig extends ServeConfig {
  /** The department's id, from its `department` or its dataset's. */
  readonly id: string;
  /** Where its config came from, for messages. */
  readonly source: string;
  readonly adminTokens: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The environment variable of a department's own staff tokens: `GONGKAI_ADMIN_TOKENS_LN_FINANCE`
 * for `ln-finance`. A department without one uses `GONGKAI_ADMIN_TOKENS` (staff of the whole platform).
 */
export function adminTokensVariable(departmentId: string): string {
  return `GONGKAI_ADMIN_TOKENS_${departmentId.toUpperCase().replaceAll('-', '_')}`;
}

/** Staff tokens of one department: its own variable, else the platform's. */
export function departmentAdminTokens(departmentId: string, env: Readonly<Record<string, string | undefined>>): string[] {
  const own = env[adminTokensVariable(departmentId)];
  return adminTokensFrom({ GONGKAI_ADMIN_TOKENS: own ?? env['GONGKAI_ADMIN_TOKENS'] });
}

/** Reads and checks a platform config; every problem names the file, the key and what was expected. */
export async function readPlatformConfig(path: string, env: Readonly<Record<string, string | undefined>>): Promise<PlatformConfig> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`config ${path}: ${code ? `cannot be read (${code})` : `is not valid JSON (${(error as Error).message})`}`);
  }
  const fail = (key: string, expected: string): never => {
    throw new CliError(`config ${path}: ${key}: ${expected}`);
  };
  if (!isObject(json)) return fail('(top level)', 'expected a JSON object with "departments"');
  for (const key of Object.keys(json))
    if (!['$schema', 'departments', 'pool'].includes(key)) fail(key, 'is not a known key (expected departments, pool)');
  const list = json['departments'];
  if (!Array.isArray(list) || list.length === 0 || !list.every((entry) => typeof entry === 'string'))
    fail('departments', 'expected a non-empty array of department config files (each a serve config with "department" or "dataset")');
  const pool = json['pool'] ?? {};
  if (!isObject(pool) || Object.keys(pool).some((key) => key !== 'max'))
    fail('pool', 'expected { "max": N } (the most connections this process opens)');
  const max = (pool as Json)['max'];
  if (max !== undefined && (!Number.isInteger(max) || (max as number) < 1 || (max as number) > 1000))
    fail('pool.max', `expected a whole number of connections from 1 to 1000, got ${JSON.stringify(max)}`);

  const departments: PlatformDepartmentConfig[] = [];
  for (const [index, file] of (list as string[]).entries()) {
    const source = resolve(dirname(path), file);
    const config = await readServeConfig(source);
    const id = config.department?.id ?? (config.dataset ? (await readDatasetFile(config.dataset)).department.id : undefined);
    if (id === undefined) fail(`departments[${index}]`, `${source} names no department: give it "department" or "dataset"`);
    if (departments.some((other) => other.id === id)) fail(`departments[${index}]`, `${id} is hosted twice`);
    let adminTokens: string[];
    try {
      adminTokens = departmentAdminTokens(id!, env);
    } catch (error) {
      throw new CliError(`${adminTokensVariable(id!)}: ${(error as Error).message}`);
    }
    departments.push({ ...config, id: id!, source, adminTokens });
  }
  return { departments, pool: max === undefined ? {} : { max: max as number } };
}
