import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { validateSchema, vocabularies, type Department, type FeedbackKind } from '@gongkai/spec';
import type { ItemDefaults } from '../dataset/spreadsheet/items-from-sheet';
import { termValue } from '../dataset/spreadsheet/vocabulary-labels';
import { checkPublicationLimits, type PublicationLimits } from '../items/publication-limits';
import { checkAnnualReportDueDates, type AnnualReportDueDates } from '../reports/due-on';
import { CliError } from './cli-io';

/**
 * The department configuration (`serve --config FILE`, `import --config FILE`): JSON, with `//`
 * and `/* *\/` comments allowed (`gongkai-department init` writes one with a comment on every
 * key). Paths are relative to the file. Admin tokens are never in it: they come from the
 * environment (`GONGKAI_ADMIN_TOKENS`), so the file can be shared and versioned.
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
  /** What an imported spreadsheet's empty cells take (default: the department's name, division and level). */
  readonly itemDefaults?: ItemDefaults;
  /** Shorter legal publication limits per category, in working days (Art. 26). */
  readonly publicationLimits?: PublicationLimits;
  /** Annual-report due dates by level, `MM-DD` of the next year (Art. 49 sets them for county level and above only). */
  readonly annualReportDueDates?: AnnualReportDueDates;
}

const KEYS = [
  '$schema',
  'department',
  'dataset',
  'calendars',
  'feedback',
  'requestClock',
  'publicBaseUrl',
  'itemDefaults',
  'publicationLimits',
  'annualReportDueDates',
];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line and column (from 1) of a character offset, as editors show them. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

function parseJsonc(path: string, text: string): unknown {
  const errors: ParseError[] = [];
  const json = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length)
    throw new CliError(
      `config ${path}: is not valid JSON; fix these and run again:\n${errors
        .map((error) => `  ${position(text, error.offset)}: ${printParseErrorCode(error.error)}`)
        .join('\n')}`,
    );
  return json;
}

/** Collects every problem of a config, so one run names them all. */
class ConfigProblems {
  readonly lines: string[] = [];
  add(key: string, expected: string): void {
    this.lines.push(`${key}: ${expected}`);
  }
}

function checkDepartment(value: unknown, problems: ConfigProblems): ServeConfig['department'] {
  const result = validateSchema('Department', value);
  if (result.ok) return result.value;
  // Every error of the department at once: a wrong enum value is named beside a missing field, not after it is fixed.
  for (const error of result.errors) problems.add(`department${error.pointer.replaceAll('/', '.')}`, error.message);
  return undefined;
}

function checkFeedback(feedback: unknown, problems: ConfigProblems): void {
  if (!isObject(feedback)) return problems.add('feedback', 'expected an object with replyWorkingDays and/or rectificationWorkingDays');
  const { replyWorkingDays, rectificationWorkingDays, ...other } = feedback;
  for (const key of Object.keys(other))
    problems.add(`feedback.${key}`, 'is not a known key (expected replyWorkingDays, rectificationWorkingDays)');
  const days = (key: string, value: unknown) => {
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 60)
      problems.add(key, `expected a number of working days from 1 to 60, got ${JSON.stringify(value)}`);
  };
  if (rectificationWorkingDays !== undefined) days('feedback.rectificationWorkingDays', rectificationWorkingDays);
  if (replyWorkingDays === undefined) return;
  if (!isObject(replyWorkingDays)) return problems.add('feedback.replyWorkingDays', 'expected an object of feedback kind → working days');
  const kinds = vocabularies.feedbackKind.terms.map((term) => term.value as string);
  for (const [kind, value] of Object.entries(replyWorkingDays)) {
    if (!kinds.includes(kind)) problems.add(`feedback.replyWorkingDays.${kind}`, `is not a feedback kind (expected ${kinds.join(', ')})`);
    else days(`feedback.replyWorkingDays.${kind}`, value);
  }
}

function checkItemDefaults(value: unknown, problems: ConfigProblems): ItemDefaults | undefined {
  if (!isObject(value)) {
    problems.add('itemDefaults', 'expected an object with issuingBody, division, level and/or validity');
    return undefined;
  }
  const { issuingBody, division, level, validity, ...other } = value;
  for (const key of Object.keys(other))
    problems.add(`itemDefaults.${key}`, 'is not a known key (expected issuingBody, division, level, validity)');
  const defaults: { -readonly [K in keyof ItemDefaults]: ItemDefaults[K] } = {};
  if (issuingBody !== undefined) {
    if (typeof issuingBody === 'string' && issuingBody.trim() !== '') defaults.issuingBody = issuingBody;
    else problems.add('itemDefaults.issuingBody', 'expected the name of the issuing body, e.g. "彰武县人民政府"');
  }
  if (division !== undefined) {
    const checked = validateSchema('Division', division);
    if (checked.ok) defaults.division = checked.value;
    else for (const error of checked.errors) problems.add(`itemDefaults.division${error.pointer.replaceAll('/', '.')}`, error.message);
  }
  const term = (key: 'level' | 'validity', raw: unknown) => {
    const vocabulary = vocabularies[key];
    const found = typeof raw === 'string' ? termValue(vocabulary, raw) : undefined;
    if (found === undefined)
      problems.add(
        `itemDefaults.${key}`,
        `expected one of ${vocabulary.terms.map((t) => `"${t.value}" (${t.labels['zh-CN']})`).join(', ')}`,
      );
    return found;
  };
  if (level !== undefined) {
    const found = term('level', level);
    if (found) defaults.level = found as ItemDefaults['level'];
  }
  if (validity !== undefined) {
    const found = term('validity', validity);
    if (found) defaults.validity = found as ItemDefaults['validity'];
  }
  return defaults;
}

/** Shorter legal limits per category (Art. 26), 0–20 working days each. */
function checkLimits(value: unknown, problems: ConfigProblems): PublicationLimits | undefined {
  if (!isObject(value)) {
    problems.add('publicationLimits', 'expected an object of category → working days, e.g. { "licensing": 7 }');
    return undefined;
  }
  try {
    checkPublicationLimits(value as PublicationLimits);
    return value as PublicationLimits;
  } catch (error) {
    problems.add('publicationLimits', (error as Error).message);
    return undefined;
  }
}

/** Annual-report due dates by level (Art. 49 covers county level and above), `MM-DD` each. */
function checkDueDates(value: unknown, problems: ConfigProblems): AnnualReportDueDates | undefined {
  if (!isObject(value)) {
    problems.add('annualReportDueDates', 'expected an object of level → "MM-DD", e.g. { "township": "01-31" }');
    return undefined;
  }
  const levels = vocabularies.level.terms.map((term) => term.value as string);
  const unknown = Object.keys(value).filter((level) => !levels.includes(level));
  for (const level of unknown) problems.add(`annualReportDueDates.${level}`, `is not a level (expected ${levels.join(', ')})`);
  if (unknown.length > 0) return undefined;
  try {
    checkAnnualReportDueDates(value as AnnualReportDueDates);
    return value as AnnualReportDueDates;
  } catch (error) {
    problems.add('annualReportDueDates', (error as Error).message);
    return undefined;
  }
}

/** Reads and checks a department configuration; every problem names the file and the key and says what was expected, all in one run. */
export async function readServeConfig(path: string): Promise<ServeConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `config ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path`,
    );
  }
  const json = parseJsonc(path, text.replace(/^\uFEFF/, ''));
  if (!isObject(json)) throw new CliError(`config ${path}: (top level): expected a JSON object`);
  const problems = new ConfigProblems();
  for (const key of Object.keys(json))
    if (!KEYS.includes(key)) problems.add(key, `is not a known key (expected ${KEYS.slice(1).join(', ')})`);
  const relative = (file: string) => resolve(dirname(path), file);

  const department = json['department'] !== undefined ? checkDepartment(json['department'], problems) : undefined;
  if (json['dataset'] !== undefined && typeof json['dataset'] !== 'string')
    problems.add('dataset', 'expected the path of a dataset file (gongkai-dataset@1)');
  if (json['department'] !== undefined && json['dataset'] !== undefined)
    problems.add('dataset', 'give either "department" or "dataset", not both');
  const calendars = json['calendars'] ?? [];
  const calendarsOk = Array.isArray(calendars) && calendars.every((file) => typeof file === 'string');
  if (!calendarsOk) problems.add('calendars', 'expected an array of calendar file paths, e.g. ["calendar-2027.json"]');
  if (json['feedback'] !== undefined) checkFeedback(json['feedback'], problems);
  const requestClock = json['requestClock'];
  if (
    requestClock !== undefined &&
    (!isObject(requestClock) ||
      Object.keys(requestClock).some((key) => key !== 'feePaymentPausesClock') ||
      (requestClock['feePaymentPausesClock'] !== undefined && typeof requestClock['feePaymentPausesClock'] !== 'boolean'))
  )
    problems.add('requestClock', 'expected { "feePaymentPausesClock": true | false }');
  const publicBaseUrl = json['publicBaseUrl'];
  if (publicBaseUrl !== undefined && (typeof publicBaseUrl !== 'string' || !/^https?:\/\/[^/]+/.test(publicBaseUrl)))
    problems.add('publicBaseUrl', 'expected an absolute http(s) URL, e.g. "https://czt.ln.gov.cn"');
  const itemDefaults = json['itemDefaults'] !== undefined ? checkItemDefaults(json['itemDefaults'], problems) : undefined;
  const publicationLimits = json['publicationLimits'] !== undefined ? checkLimits(json['publicationLimits'], problems) : undefined;
  const annualReportDueDates =
    json['annualReportDueDates'] !== undefined ? checkDueDates(json['annualReportDueDates'], problems) : undefined;

  if (problems.lines.length === 1) throw new CliError(`config ${path}: ${problems.lines[0]}`);
  if (problems.lines.length > 1)
    throw new CliError(
      `config ${path}: ${problems.lines.length} problems; fix them all and run again:\n${problems.lines.map((line) => `  ${line}`).join('\n')}`,
    );
  return {
    ...(department ? { department } : {}),
    ...(typeof json['dataset'] === 'string' ? { dataset: relative(json['dataset']) } : {}),
    calendars: (calendars as string[]).map(relative),
    ...(json['feedback'] !== undefined ? { feedback: json['feedback'] as ServeConfig['feedback'] } : {}),
    ...(requestClock !== undefined ? { requestClock: requestClock as ServeConfig['requestClock'] } : {}),
    ...(typeof publicBaseUrl === 'string' ? { publicBaseUrl } : {}),
    ...(itemDefaults ? { itemDefaults } : {}),
    ...(publicationLimits ? { publicationLimits } : {}),
    ...(annualReportDueDates ? { annualReportDueDates } : {}),
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
