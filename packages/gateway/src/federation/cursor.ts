/**
 * One opaque cursor for a federated list: where to resume in every department, signed so that
 * a client cannot forge positions (and make the gateway request arbitrary department cursors).
 *
 * Token: base64url(JSON) "." base64url(HMAC-SHA256 truncated to 128 bits).
 */
import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import type { SortKey, SortValue } from './sort-order';

export const CURSOR_VERSION = 1;

/** Where to resume in one department. */
export interface DepartmentPosition {
  /** The department's own opaque cursor to re-request from; null means its first page. */
  readonly departmentCursor: string | null;
  /** The last record consumed from the page at `departmentCursor`; records up to it are skipped. */
  readonly after: SortKey | null;
  /** The department has nothing more for this list. */
  readonly done: boolean;
}

export type DepartmentPositions = Readonly<Record<string, DepartmentPosition>>;

export interface FederatedCursor {
  /** The sort the list was issued with, as in the query (`-publishedAt`). */
  readonly sort: string;
  /** From `hashFilters` over the query the list was issued for. */
  readonly filtersHash: string;
  readonly departments: DepartmentPositions;
}

export type CursorErrorCode = 'malformed' | 'badSignature' | 'filtersMismatch' | 'version';

/** A cursor the gateway will not resume from; the HTTP layer answers 400 naming `cursor`. */
export class CursorError extends Error {
  override readonly name = 'CursorError';
  readonly parameter = 'cursor';

  constructor(
    readonly code: CursorErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Several secrets let replicas rotate keys: sign with the first, accept any. */
export type CursorSecret = string | Uint8Array | readonly (string | Uint8Array)[];

export interface ExpectedCursor {
  readonly filtersHash: string;
  /** When given, a cursor issued for another sort is rejected like one for other filters. */
  readonly sort?: string;
}

// Long enough for dozens of departments, short enough that a hostile query cannot make the
// gateway hash megabytes.
const MAX_TOKEN_LENGTH = 16_384;
const SIGNATURE_BYTES = 16;
const MIN_SECRET_BYTES = 16;

/**
 * A stable digest of the list query a cursor belongs to. Pass the list's identity (its operation
 * id) and every parameter that shapes the list except `cursor` and `limit` (which may change
 * between pages) — including `sort`.
 */
export function hashFilters(filters: Readonly<Record<string, string | readonly string[] | undefined>>): string {
  const canonical = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hash('sha256', JSON.stringify(canonical), 'base64url').slice(0, 16);
}

export function encodeCursor(cursor: FederatedCursor, secret: CursorSecret): string {
  const payload = Buffer.from(JSON.stringify(toWire(cursor))).toString('base64url');
  const [signingKey] = secretsOf(secret);
  return `${payload}.${sign(payload, signingKey!).toString('base64url')}`;
}

export function decodeCursor(token: string, secret: CursorSecret, expected: ExpectedCursor): FederatedCursor {
  const [payload, signature] = splitToken(token);
  verifySignature(payload, signature, secretsOf(secret));
  const cursor = fromWire(parsePayload(payload));
  if (cursor.filtersHash !== expected.filtersHash || (expected.sort !== undefined && cursor.sort !== expected.sort)) {
    throw new CursorError(
      'filtersMismatch',
      'This cursor was issued for another list, other filters or another sort; keep the path and query unchanged while paging.',
    );
  }
  return cursor;
}

// Compact wire form: pending departments as `id: [departmentCursor, after]`, finished ones as a
// plain list of ids, because a walk over many departments ends with most of them done.
interface Wire {
  readonly v: typeof CURSOR_VERSION;
  readonly s: string;
  readonly f: string;
  readonly p: Readonly<Record<string, readonly [string | null, SortKey | null]>>;
  readonly d: readonly string[];
}

function toWire(cursor: FederatedCursor): Wire {
  const entries = Object.entries(cursor.departments);
  return {
    v: CURSOR_VERSION,
    s: cursor.sort,
    f: cursor.filtersHash,
    p: Object.fromEntries(entries.filter(([, position]) => !position.done).map(([id, p]) => [id, [p.departmentCursor, p.after]])),
    d: entries.filter(([, position]) => position.done).map(([id]) => id),
  };
}

function fromWire(wire: Wire): FederatedCursor {
  const pending = Object.entries(wire.p).map(([id, [departmentCursor, after]]): [string, DepartmentPosition] => [
    id,
    { departmentCursor, after, done: false },
  ]);
  const done = wire.d.map((id): [string, DepartmentPosition] => [id, { departmentCursor: null, after: null, done: true }]);
  return { sort: wire.s, filtersHash: wire.f, departments: Object.fromEntries([...pending, ...done]) };
}

// The configuration's secrets, as keys: worked out once each, not for every cursor signed.
const keysOfString = new Map<string, readonly Buffer[]>();
const keysOfObject = new WeakMap<object, readonly Buffer[]>();

function secretsOf(secret: CursorSecret): readonly Buffer[] {
  if (typeof secret === 'string') {
    let keys = keysOfString.get(secret);
    if (!keys) keysOfString.set(secret, (keys = keysOf([secret])));
    return keys;
  }
  let keys = keysOfObject.get(secret);
  // A byte array may be changed in place by its owner: only arrays of secrets are remembered.
  if (!keys) {
    keys = keysOf(secret instanceof Uint8Array ? [secret] : [...secret]);
    if (!(secret instanceof Uint8Array)) keysOfObject.set(secret, keys);
  }
  return keys;
}

function keysOf(list: readonly (string | Uint8Array)[]): readonly Buffer[] {
  const keys = list.map((key) => (typeof key === 'string' ? Buffer.from(key) : Buffer.from(key)));
  if (keys.length === 0 || keys.some((key) => key.length < MIN_SECRET_BYTES)) {
    throw new RangeError(`Cursor secrets must be at least ${MIN_SECRET_BYTES} bytes.`);
  }
  return keys;
}

// 128 bits of HMAC-SHA256 is half the output, the floor RFC 2104 §5 recommends, and keeps the
// token 22 characters shorter in every `links.next` URL.
function sign(payload: string, key: Buffer): Buffer {
  return createHmac('sha256', key).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

function splitToken(token: string): [string, string] {
  const match = token.length <= MAX_TOKEN_LENGTH ? /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token) : null;
  if (!match) throw new CursorError('malformed', 'The cursor is not one this gateway issued.');
  return [match[1]!, match[2]!];
}

function verifySignature(payload: string, signature: string, keys: readonly Buffer[]): void {
  const given = Buffer.from(signature, 'base64url');
  // Only the canonical spelling counts: otherwise the unused bits of the last character would
  // give one cursor several valid tokens.
  const canonical = given.toString('base64url') === signature;
  const valid =
    canonical &&
    keys.some((key) => {
      const expected = sign(payload, key);
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  if (!valid) throw new CursorError('badSignature', 'The cursor was altered or signed by another gateway.');
}

function parsePayload(payload: string): Wire {
  let wire: unknown;
  try {
    wire = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    wire = undefined;
  }
  // The version is checked before the shape: a newer gateway may have changed the shape.
  if (isObject(wire) && wire.v !== CURSOR_VERSION) {
    throw new CursorError(
      'version',
      `This cursor is from another gateway version (${String(wire.v)}); start the list again without a cursor.`,
    );
  }
  if (!isWire(wire)) throw new CursorError('malformed', 'The cursor is not one this gateway issued.');
  return wire;
}

// The signature already vouches for the content; this guards against our own older or buggy
// encoders rather than against clients.
function isWire(value: unknown): value is Wire {
  if (!isObject(value)) return false;
  const { s, f, p, d } = value;
  return (
    typeof s === 'string' &&
    typeof f === 'string' &&
    isObject(p) &&
    Object.values(p).every(isWirePosition) &&
    Array.isArray(d) &&
    d.every((id) => typeof id === 'string')
  );
}

function isWirePosition(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && isNullableString(value[0]) && (value[1] === null || isSortKey(value[1]));
}

function isSortKey(value: unknown): value is SortKey {
  return Array.isArray(value) && value.length === 2 && isSortValue(value[0]) && typeof value[1] === 'string';
}

function isSortValue(value: unknown): value is SortValue {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
