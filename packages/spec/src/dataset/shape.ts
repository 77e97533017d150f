import type { SchemaName } from '../validate';
import { validateSchema } from '../validate';
import type { Report } from './report';

/** A small shape language for the envelope, whose leaves are the contract's schemas. */
export type Shape =
  { schema: SchemaName; requires?: string[] } | { text: number } | { object: Record<string, Shape>; required: string[] } | { list: Shape };

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `value` against `shape`, reporting every error; true when it conforms. */
export function checkShape(value: unknown, shape: Shape, pointer: string, report: Report): boolean {
  if ('schema' in shape) {
    const result = validateSchema(shape.schema, value, pointer);
    if (!result.ok) {
      for (const error of result.errors) report.add(error.pointer, error.message);
      return false;
    }
    const missing = (shape.requires ?? []).filter((field) => (value as Record<string, unknown>)[field] === undefined);
    for (const field of missing)
      report.add(`${pointer}/${field}`, 'is required in a dataset (an import keeps its ids and publication times)');
    return missing.length === 0;
  }
  if ('text' in shape) {
    const ok = typeof value === 'string' && value.trim().length > 0 && value.length <= shape.text;
    if (!ok) report.add(pointer, `must be a non-empty string of at most ${shape.text} characters`);
    return ok;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) {
      report.add(pointer, 'must be an array');
      return false;
    }
    return value.map((element, index) => checkShape(element, shape.list, `${pointer}/${index}`, report)).every(Boolean);
  }
  if (!isObject(value)) {
    report.add(pointer, 'must be an object');
    return false;
  }
  let ok = true;
  for (const field of shape.required) {
    if (value[field] === undefined) {
      report.add(`${pointer}/${field}`, 'is required');
      ok = false;
    }
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const fieldShape = shape.object[field];
    if (!fieldShape) {
      report.add(`${pointer}/${field}`, 'is not a known field');
      ok = false;
    } else if (fieldValue !== undefined) {
      ok = checkShape(fieldValue, fieldShape, `${pointer}/${field}`, report) && ok;
    }
  }
  return ok;
}
