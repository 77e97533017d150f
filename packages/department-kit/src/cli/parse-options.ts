import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values of the options `O` declares (strings, booleans, or lists when `multiple`), and `--help`. */
export type OptionValues<O extends Options> = {
  [Name in keyof O]?: O[Name]['type'] extends 'boolean'
    ? O[Name]['multiple'] extends true
      ? boolean[]
      : boolean
    : O[Name]['multiple'] extends true
      ? string[]
      : string;
} & { help?: boolean };

export interface ParsedOptions<O extends Options> {
  readonly values: OptionValues<O>;
  readonly positionals: string[];
}

/**
 * `util.parseArgs` in strict mode, with its errors turned into usage errors that name the command
 * and point at `--help`.
 */
export function parseOptions<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  allowPositionals = false,
): ParsedOptions<O> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true,
    });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    throw new CliError(
      `${command}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}\nRun "gongkai-department ${command} --help" for usage.`,
      2,
    );
  }
}

/** A required option's value, or a usage error saying which option to add. */
export function required(command: string, name: string, value: string | undefined, example: string): string {
  if (value === undefined || value === '')
    throw new CliError(
      `${command}: --${name} is required (e.g. --${name} ${example}). Run "gongkai-department ${command} --help" for usage.`,
      2,
    );
  return value;
}

/** A whole number option within bounds. */
export function integer(command: string, name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new CliError(`${command}: --${name} must be a whole number from ${min} to ${max}, got "${value}"`, 2);
  return number;
}
