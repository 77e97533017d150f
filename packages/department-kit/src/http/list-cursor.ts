import { createHash } from 'node:crypto';
import { ApiError, validationProblem } from '@gongkai/spec';
import { canonicalJson } from '../canonical-json';
import type { SortKey } from '../store/disclosure-store';

/**
 * The opaque `cursor` of a list: where to resume (the sort key of the last record) and a digest
 * of the filters it was issued for, so it cannot be reused with other filters by mistake. It is
 * not signed: forging one only moves the forger's own position in a public list.
 */
interface CursorPayload {
  readonly v: 1;
  readonly k: SortKey;
  readonly f: string;
}

export function filtersDigest(filters: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(canonicalJson(filters)).digest('base64url').slice(0, 12);
}

export function encodeCursor(key: SortKey, filters: Readonly<Record<string, unknown>>): string {
  const payload: CursorPayload = { v: 1, k: key, f: filtersDigest(filters) };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

function invalid(parameter: string, message: string): ApiError {
  return new ApiError(validationProblem([{ pointer: `/query/${parameter}`, message }]));
}

/** The position in `cursor`; a 400 naming the parameter when it is not one of ours or belongs to other filters. */
export function decodeCursor(cursor: string, filters: Readonly<Record<string, unknown>>, parameter = 'cursor'): SortKey {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid(parameter, 'is not a cursor this server issued; pass links.next back unchanged');
  }
  const { v, k, f } = (payload ?? {}) as Partial<CursorPayload>;
  const keyValid =
    Array.isArray(k) &&
    k.length === 2 &&
    typeof k[1] === 'string' &&
    (k[0] === null || typeof k[0] === 'string' || (typeof k[0] === 'number' && Number.isSafeInteger(k[0])));
  if (v !== 1 || !keyValid || typeof f !== 'string')
    throw invalid(parameter, 'is not a cursor this server issued; pass links.next back unchanged');
  if (f !== filtersDigest(filters))
    throw invalid(parameter, 'was issued for other filters; send the same filters with it, or start again without a cursor');
  return [k[0], k[1]];
}
