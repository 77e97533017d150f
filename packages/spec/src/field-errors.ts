import type { ErrorObject } from 'ajv';
import type { FieldError } from './generated/openapi-types';

const formatHints: Record<string, string> = {
  date: 'a date as YYYY-MM-DD',
  'date-time': 'an RFC 3339 date-time with an offset, e.g. 2026-05-15T09:00:00+08:00',
  email: 'an e-mail address',
  uri: 'an absolute URL',
  'uri-reference': 'a URL or a path',
};

/**
 * Turns validator output into `FieldError`s a person can act on: the pointer names the field
 * itself (for a missing or unknown property too), the message names the rule.
 */
export function toFieldErrors(errors: ErrorObject[] | null | undefined, pointerPrefix = ''): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors ?? []) {
    const fieldError = describe(error, pointerPrefix);
    const key = `${fieldError.pointer} ${fieldError.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(fieldError);
  }
  return out;
}

function describe(error: ErrorObject, prefix: string): FieldError {
  const at = prefix + error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${String(params['missingProperty'])}`, message: 'is required' };
    case 'additionalProperties':
      return { pointer: `${at}/${String(params['additionalProperty'])}`, message: 'is not a known field' };
    case 'enum':
      return { pointer: at || '/', message: `must be one of: ${(params['allowedValues'] as unknown[]).join(', ')}` };
    case 'const':
      return { pointer: at || '/', message: `must be ${JSON.stringify(params['allowedValue'])}` };
    case 'format': {
      const format = String(params['format']);
      return { pointer: at || '/', message: `must be ${formatHints[format] ?? `in the format ${format}`}` };
    }
    case 'pattern': {
      const hint = patternHint(error.parentSchema as { title?: string; description?: string } | undefined);
      return { pointer: at || '/', message: `must match ${String(params['pattern'])}${hint ? ` (${hint})` : ''}` };
    }
    case 'minProperties':
      return { pointer: at || '/', message: `must have at least ${String(params['limit'])} field(s)` };
    default:
      return { pointer: at || '/', message: error.message ?? `breaks the rule "${error.keyword}"` };
  }
}

/** What a pattern means, in words: the schema's title and the first sentence of its description. */
function patternHint(schema: { title?: string; description?: string } | undefined): string {
  const sentence = schema?.description
    ?.split(/(?<=[.。])\s/)[0]
    ?.replace(/\s+/g, ' ')
    .replace(/\.$/, '');
  return [schema?.title, sentence].filter(Boolean).join(': ');
}

/** One line for a problem's `detail`: the first few errors, field by field. */
export function summarizeFieldErrors(errors: FieldError[], max = 3): string {
  const shown = errors.slice(0, max).map((e) => `${e.pointer}: ${e.message}`);
  const more = errors.length > max ? ` (and ${errors.length - max} more)` : '';
  return shown.join('; ') + more;
}
