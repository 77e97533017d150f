import { parseArgs } from 'node:util';
import { normaliseBaseUrl, type ConformanceOptions } from '../run/run-conformance';

/** A wrong command line: one clear message, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly options: Omit<ConformanceOptions, 'onProgress'>;
      readonly json: boolean;
      readonly junit?: string;
      readonly quiet: boolean;
    };

function whole(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return number;
}

/** `command` is the name the CLI runs as, for the examples in its messages. */
export function parseArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  command = 'gongkai-conformance',
): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        token: { type: 'string' },
        'allow-writes': { type: 'boolean' },
        json: { type: 'boolean' },
        junit: { type: 'string' },
        only: { type: 'string', multiple: true },
        'max-records': { type: 'string' },
        timeout: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0) throw new UsageError(`the base URL of the department is missing (e.g. ${command} http://127.0.0.1:4001)`);
  if (positionals.length > 1) throw new UsageError(`one base URL at a time; got ${positionals.join(' ')}`);
  let baseUrl: URL;
  try {
    baseUrl = normaliseBaseUrl(positionals[0]!);
  } catch (error) {
    throw new UsageError(
      `"${positionals[0]}" is not a base URL: ${(error as Error).message.replace(/^Invalid URL$/, 'write it as http://host:port or https://host/path')}`,
    );
  }
  if (values.junit === '') throw new UsageError('--junit needs a file name');
  const token = values.token ?? env['GONGKAI_CONFORMANCE_TOKEN'];
  const maxRecords = whole('max-records', values['max-records'], 1, 1_000_000);
  const timeoutMs = whole('timeout', values.timeout, 100, 600_000);
  const only = (values.only ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return {
    kind: 'run',
    options: {
      baseUrl,
      allowWrites: values['allow-writes'] ?? false,
      ...(token ? { token } : {}),
      ...(maxRecords !== undefined ? { maxRecords } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(only.length ? { only } : {}),
    },
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    ...(values.junit ? { junit: values.junit } : {}),
  };
}
