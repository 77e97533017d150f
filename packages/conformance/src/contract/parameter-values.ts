import { validateParameters, type Operation, type ParameterObject } from '@gongkai/spec';

/** A valid value for a parameter, from the contract: its example, else its default or first enum value. */
export function exampleValue(parameter: ParameterObject): string | undefined {
  const { example } = parameter as ParameterObject & { example?: unknown };
  const schema = parameter.schema as { default?: unknown; enum?: unknown[]; examples?: unknown[] };
  const value = example ?? schema.default ?? schema.enum?.[0] ?? schema.examples?.[0];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The required query parameters of an operation with example values (`year=2025` for the annual report). */
export function requiredQuery(operation: Operation): Record<string, string> {
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const value = exampleValue(parameter);
    if (value !== undefined) query[parameter.name] = value;
  }
  return query;
}

// Values a careless or hostile client sends. Which of them are wrong for a parameter is not
// decided here: the contract's own validator decides, so the list follows the contract.
const HOSTILE_TEXT = ['conformance-unknown-value', '!!not valid!!', '2026-02-30', 'x'];

function candidates(parameter: ParameterObject): string[] {
  const schema = parameter.schema as { minimum?: number; maximum?: number; maxLength?: number; maxItems?: number };
  const values = ['abc', '1.5', ...HOSTILE_TEXT];
  if (typeof schema.minimum === 'number') values.push(String(schema.minimum - 1));
  if (typeof schema.maximum === 'number') values.push(String(schema.maximum + 1));
  if (typeof schema.maxLength === 'number') values.push('x'.repeat(schema.maxLength + 1));
  if (typeof schema.maxItems === 'number') values.push(Array.from({ length: schema.maxItems + 1 }, (_, i) => `d${i}a`).join(','));
  return [...new Set(values)];
}

/**
 * Values the contract rejects for `parameter` — each breaks a different rule (type, bounds,
 * enum, pattern, format, length) — as judged by `@gongkai/spec`'s own parameter validator.
 */
export function invalidValues(operation: Operation, parameter: ParameterObject, max = 3): string[] {
  const pointer = `/${parameter.in}/${parameter.name}`;
  const found: string[] = [];
  const rules = new Set<string>();
  for (const value of candidates(parameter)) {
    const parts =
      parameter.in === 'query'
        ? { query: { ...requiredQuery(operation), [parameter.name]: value } }
        : { path: { [parameter.name]: value }, query: requiredQuery(operation) };
    const result = validateParameters(operation, parts);
    if (result.ok) continue;
    const error = result.errors.find((e) => e.pointer === pointer);
    if (!error || rules.has(error.message)) continue;
    rules.add(error.message);
    found.push(value);
    if (found.length >= max) break;
  }
  return found;
}
