import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { validateSchema, vocabularies, type Department, type FeedbackKind } from '@gongkai/spec';
import { CliError } from './cli-io';

/**
 * The `serve --config FILE` JSON. Paths are relative to the file. Admin tokens are never in it:
 * they come from the environment (`GONGKAI_ADMIN_TOKENS`), so the file can be shared and versioned.
 */
export interface ServeConfig {
  /** The department served (schema `Department`)… */
  readonly department?: Omit<Department, 'health'>;
  /** …or a dataset file (`gongkai-dataset@1`) whose department is served; imported into an empty database. */
  readonly dataset?: string;
  /** Operator calendar files (`gongkai-calendar-layer/1`), applied in order. */
  readonly calendars: readonly string[];
  readonly feedback?: { readonly replyWorkingDays?: Partial<Record<FeedbackKind, number>>; readonly rectificationWorkingDays?: number };
  readonly requestClock?: { readonly feePaymentPausesClock?: boolean };
  /** Origin for absolute links (the Atom feed), e.g. `https://czt.ln.gov.cn`. */
  readonly publicBaseUrl?: string;
}

const KEYS = ['$schema', 'department', 'dataset', 'calendars', 'feedback', 'requestClock', 'publicBaseUrl'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads and checks a serve config; every problem names the file, the key and what was expected. */
export async function readServeConfig(path: string): Promise<ServeConfig> {
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
  if (!isObject(json)) return fail('(top level)', 'expected a JSON object');
  for (const key of Object.keys(json)) if (!KEYS.includes(key)) fail(key, `is not a known key (expected ${KEYS.slice(1).join(', ')})`);
  const relative = (file: string) => resolve(dirname(path), file);

  let department: ServeConfig['department'];
  if (json['department'] !== undefined) {
    const result = validateSchema('Department', json['department']);
    if (!result.ok) fail(`department${result.errors[0]!.pointer.replaceAll('/', '.')}`, result.errors[0]!.message);
    else department = result.value;
  }
  if (json['dataset'] !== undefined && typeof json['dataset'] !== 'string')
    fail('dataset', 'expected the path of a dataset file (gongkai-dataset@1)');
  if (department && json['dataset'] !== undefined) fail('dataset', 'give either "department" or "dataset", not both');
  const calendars = json['calendars'] ?? [];
  if (!Array.isArray(calendars) || !calendars.every((file) => typeof file === 'string'))
    fail('calendars', 'expected an array of calendar file paths');

  const feedback = json['feedback'];
  if (feedback !== undefined) {
    if (!isObject(feedback)) fail('feedback', 'expected an object with replyWorkingDays and/or rectificationWorkingDays');
    const { replyWorkingDays, rectificationWorkingDays, ...other } = feedback as Json;
    for (const key of Object.keys(other))
      fail(`feedback.${key}`, 'is not a known key (expected replyWorkingDays, rectificationWorkingDays)');
    const days = (key: string, value: unknown) =>
      Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 60
        ? value
        : fail(key, `expected a number of working days from 1 to 60, got ${JSON.stringify(value)}`);
    if (rectificationWorkingDays !== undefined) days('feedback.rectificationWorkingDays', rectificationWorkingDays);
    if (replyWorkingDays !== undefined) {
      if (!isObject(replyWorkingDays)) fail('feedback.replyWorkingDays', 'expected an object of feedback kind → working days');
      const kinds = vocabularies.feedbackKind.terms.map((term) => term.value as string);
      for (const [kind, value] of Object.entries(replyWorkingDays as Json)) {
        if (!kinds.includes(kind)) fail(`feedback.replyWorkingDays.${kind}`, `is not a feedback kind (expected ${kinds.join(', ')})`);
        days(`feedback.replyWorkingDays.${kind}`, value);
      }
    }
  }
  const requestClock = json['requestClock'];
  if (requestClock !== undefined) {
    if (
      !isObject(requestClock) ||
      Object.keys(requestClock).some((key) => key !== 'feePaymentPausesClock') ||
      (requestClock['feePaymentPausesClock'] !== undefined && typeof requestClock['feePaymentPausesClock'] !== 'boolean')
    ) {
      fail('requestClock', 'expected { "feePaymentPausesClock": true | false }');
    }
  }
  const publicBaseUrl = json['publicBaseUrl'];
  if (publicBaseUrl !== undefined && (typeof publicBaseUrl !== 'string' || !/^https?:\/\/[^/]+/.test(publicBaseUrl)))
    fail('publicBaseUrl', 'expected an absolute http(s) URL, e.g. "https://czt.ln.gov.cn"');

  return {
    ...(department ? { department } : {}),
    ...(typeof json['dataset'] === 'string' ? { dataset: relative(json['dataset']) } : {}),
    calendars: (calendars as string[]).map(relative),
    ...(feedback !== undefined ? { feedback: feedback as ServeConfig['feedback'] } : {}),
    ...(requestClock !== undefined ? { requestClock: requestClock as ServeConfig['requestClock'] } : {}),
    ...(typeof publicBaseUrl === 'string' ? { publicBaseUrl } : {}),
  };
}

/** Staff tokens from `GONGKAI_ADMIN_TOKENS` (separated by commas or whitespace), at least 16 characters each. */
export function adminTokensFrom(env: Readonly<Record<string, string | undefined>>): string[] {
  const tokens = (env['GONGKAI_ADMIN_TOKENS'] ?? '').split(/[\s,]+/).filter(Boolean);
  const short = tokens.find((token) => token.length < 16);
  if (short !== undefined)
    throw new CliError(
      `GONGKAI_ADMIN_TOKENS: every staff token must be at least 16 characters (one has ${short.length}); generate one with: node -e "console.log(crypto.randomBytes(24).toString('base64url'))"`,
    );
  return tokens;
}
