import { getOperation, validateSchema } from '@gongkai/spec';
import { bodyJson, mediaType, type Exchange } from '../http/exchange';
import { declaredResponse, declaredStatuses, type DeclaredHeader } from './declared-responses';

const MAX_SCHEMA_ERRORS = 5;

function isJsonMediaType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** A header value against the type its schema declares; the contract's headers are strings, integers and booleans. */
function headerViolation(header: DeclaredHeader, value: string): string | undefined {
  if (header.type === 'integer' && !/^\d+$/.test(value.trim())) return `header ${header.name} is "${value}", not an integer`;
  if (header.type === 'boolean' && !/^(true|false)$/.test(value.trim())) return `header ${header.name} is "${value}", not true or false`;
  if (header.format === 'uri-reference') {
    try {
      new URL(value, 'http://base.invalid/');
    } catch {
      return `header ${header.name} is "${value}", not a URL or a path`;
    }
  }
  return undefined;
}

/**
 * Everything in an answer that the contract does not allow for its operation: an undeclared
 * status (a 5xx above all), a media type the status does not declare, a body that breaks the
 * schema (every error with its JSON pointer), a declared header with a value of the wrong type,
 * a problem whose `status` member disagrees with the HTTP status. Empty when the answer conforms.
 */
export function responseViolations(exchange: Exchange): string[] {
  const { response } = exchange;
  if (!exchange.operationId) return [];
  if (response.status === 0) return [`no answer: ${response.error ?? 'the connection failed'}`];
  if (response.error) return [response.error];
  const operation = getOperation(exchange.operationId);
  const declared = declaredResponse(operation, response.status);
  if (!declared) {
    const kind = response.status >= 500 ? 'a server error, which' : 'a status that';
    return [
      `answered ${response.status}, ${kind} the contract does not declare for ${operation.operationId} (it declares ${declaredStatuses(operation).join(', ')})`,
    ];
  }
  const violations: string[] = [];
  for (const header of declared.headers) {
    const value = response.headers[header.name.toLowerCase()];
    const violation = value === undefined ? undefined : headerViolation(header, value);
    if (violation) violations.push(violation);
  }
  if (declared.content.size === 0) {
    if (response.body.length > 0) violations.push(`a ${response.status} answer has no body, but ${response.body.length} bytes came`);
    return violations;
  }
  const type = mediaType(response);
  if (!declared.content.has(type)) {
    violations.push(
      `Content-Type is "${response.headers['content-type'] ?? '(none)'}"; for ${response.status} the contract declares ${[...declared.content.keys()].join(' or ')}`,
    );
    return violations;
  }
  if (!isJsonMediaType(type)) return violations;
  const body = bodyJson(response);
  if (body === undefined) return [...violations, `the body is not JSON although Content-Type says ${type}`];
  const schema = declared.content.get(type);
  if (schema) {
    const result = validateSchema(schema, body);
    if (!result.ok) {
      const shown = result.errors.slice(0, MAX_SCHEMA_ERRORS).map((error) => `${error.pointer} ${error.message}`);
      const more = result.errors.length > MAX_SCHEMA_ERRORS ? ` (and ${result.errors.length - MAX_SCHEMA_ERRORS} more)` : '';
      violations.push(`the body breaks the schema ${schema}: ${shown.join('; ')}${more}`);
    }
  }
  if (type === 'application/problem+json') {
    const status = (body as { status?: unknown }).status;
    if (status !== response.status)
      violations.push(`the problem's "status" is ${JSON.stringify(status)}, the HTTP status ${response.status}`);
  }
  return violations;
}
