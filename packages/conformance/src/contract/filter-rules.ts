import type { ParameterObject } from '@gongkai/spec';
import type { ListRecord } from '../run/walk';
import { isWithinDivision, parentDivision } from '@gongkai/spec/division-scope';
import type { ListOperation } from './list-operations';
import { componentSchema, propertiesOf, referencedName, resolveSchema } from './schema-properties';

/**
 * How to tell whether a record matches a filter of a list, read from the contract: the
 * parameter's name and schema, the record schema's fields. A new filter on a field of the same
 * name is checked without any change here.
 */
export interface FilterRule {
  readonly parameter: ParameterObject;
  /** What the filter means, for a report (`category equals the value`). */
  readonly meaning: string;
  /** Values worth asking for, picked from the records so the answer is not empty. */
  values(records: readonly ListRecord[], departments: readonly string[]): string[];
  /** Whether a record matches; `undefined` when the list's view of a record cannot tell (text only in the body). */
  matches(record: ListRecord, value: string): boolean | undefined;
  /**
   * Whether every record that `matches` must be in the answer. Not for text search: the
   * contract names the fields it searches in words only, so a word found elsewhere in a record
   * proves nothing; the answer must then at least hold the records the value was taken from.
   */
  readonly exhaustive: boolean;
  /**
   * A well-formed value no record can match (a department nobody runs): the answer is empty, or a
   * 400 naming the parameter from a server that knows every valid value (a gateway knows its
   * departments).
   */
  readonly absent?: string;
}

type Node = Record<string, unknown>;
const CHINA_OFFSET_MS = 8 * 3600_000;

/** The calendar day of a timestamp in China Standard Time, or a date as it is. */
function chinaDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function mostCommon(values: readonly unknown[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values)
    if (typeof value === 'string' || typeof value === 'number') counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 1)
    .map(([value]) => value);
}

function scalarType(node: unknown): string | undefined {
  const schema = resolveSchema(node);
  const type = schema?.['type'];
  return typeof type === 'string' && ['string', 'integer', 'number', 'boolean'].includes(type) ? type : undefined;
}

/** Every string in a record, however deep (for text search). */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, out);
  return out;
}

/** The codes of every Division a record names (its `division`, an alert's `areas`). */
function divisionCodes(record: ListRecord, fields: readonly string[]): string[] {
  return fields.flatMap((field) => {
    const value = record[field];
    const divisions = Array.isArray(value) ? value : [value];
    return divisions.map((d) => (d as { code?: unknown } | undefined)?.code).filter((code): code is string => typeof code === 'string');
  });
}

function requiredStrings(list: ListOperation, record: ListRecord): string[] {
  const required = componentSchema(list.recordSchema)?.['required'];
  return (Array.isArray(required) ? required : [])
    .map((field) => record[String(field)])
    .filter((value): value is string => typeof value === 'string');
}

function divisionFields(properties: Record<string, Node>): string[] {
  return Object.entries(properties)
    .filter(([, schema]) => referencedName(schema) === 'Division' || referencedName(schema['items']) === 'Division')
    .map(([name]) => name);
}

export function filterRule(list: ListOperation, parameter: ParameterObject): FilterRule | undefined {
  const properties = propertiesOf(list.recordSchema);
  const name = parameter.name;
  const schema = parameter.schema;

  if (referencedName(schema) === 'DivisionCode') {
    const fields = divisionFields(properties);
    if (fields.length === 0) return undefined;
    return {
      parameter,
      meaning: `a division of ${fields.join(' or ')} is the division asked for or lies inside it`,
      exhaustive: true,
      values: (records) =>
        [
          ...new Set(
            records
              .slice(0, 1)
              .flatMap((r) => divisionCodes(r, fields))
              .map(parentDivision),
          ),
        ].slice(0, 1),
      matches: (record, value) => divisionCodes(record, fields).some((code) => isWithinDivision(code, value)),
    };
  }
  if (name in properties && scalarType(properties[name])) {
    return {
      parameter,
      meaning: `${name} equals the value`,
      exhaustive: true,
      values: (records) => mostCommon(records.map((r) => r[name])),
      matches: (record, value) => String(record[name]) === value,
    };
  }
  if (`${name}s` in properties && properties[`${name}s`]?.['type'] === 'array') {
    return {
      parameter,
      meaning: `${name}s contains the value`,
      exhaustive: true,
      values: (records) => mostCommon(records.flatMap((r) => (Array.isArray(r[`${name}s`]) ? (r[`${name}s`] as unknown[]) : []))),
      matches: (record, value) => Array.isArray(record[`${name}s`]) && (record[`${name}s`] as unknown[]).includes(value),
    };
  }
  if (`${name}Id` in properties && schema['type'] === 'array') {
    return {
      parameter,
      meaning: `${name}Id is one of the values`,
      exhaustive: true,
      values: (_, departments) => [departments[0]!],
      absent: 'conformance-absent-department',
      matches: (record, value) => value.split(',').includes(String(record[`${name}Id`])),
    };
  }
  const range = /^(\w+)(From|To)$/.exec(name);
  if (range && schema['format'] === 'date') {
    const field = [`${range[1]}At`, `${range[1]}On`].find((candidate) => candidate in properties);
    if (!field) return undefined;
    const from = range[2] === 'From';
    return {
      parameter,
      meaning: `the China Standard Time date of ${field} is ${from ? 'on or after' : 'on or before'} the value`,
      exhaustive: true,
      values: (records) => {
        const dates = records
          .map((r) => chinaDate(r[field]))
          .filter((d): d is string => d !== undefined)
          .sort();
        return dates.length ? [dates[Math.floor(dates.length / 2)]!] : [];
      },
      matches: (record, value) => {
        const date = chinaDate(record[field]);
        return date !== undefined && (from ? date >= value : date <= value);
      },
    };
  }
  if (name === 'q') {
    return {
      parameter,
      meaning: 'every term of the value is in the text of the record',
      exhaustive: false,
      // Two Chinese characters from the first Chinese text of a record, in the order the schema
      // declares its required fields (an item's title, a fee's name), which any search covers.
      values: (records) => {
        const record = records[Math.floor(records.length / 2)] ?? {};
        const run = requiredStrings(list, record)
          .map((text) => /\p{Script=Han}{4,}/u.exec(text)?.[0])
          .find((found) => found !== undefined);
        return run ? [run.slice(1, 3)] : [];
      },
      matches: (record, value) => {
        const all = texts(record).join('\n').toLowerCase();
        return value
          .split(/\s+/)
          .filter(Boolean)
          .every((term) => all.includes(term.toLowerCase()))
          ? true
          : undefined;
      },
    };
  }
  return undefined;
}
