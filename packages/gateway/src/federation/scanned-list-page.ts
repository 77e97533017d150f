/**
 * A department's list page read with the scanner (`list-page-scanner.ts`) instead of parsed: each
 * record becomes a light object holding only what the merge reads (`id` and the sort field) and
 * its bytes, which the answer splices in as they came (`spliced-list-body.ts`). A record whose
 * bytes are not what `JSON.stringify` would write is parsed on its own; a page the scanner does
 * not take is parsed whole, exactly as `parsedListPage` does.
 */
import type { DepartmentResponse } from '../departments/department-client';
import { listPageOf, parsedListPage, type FetchedListPage, type ListEnvelope, type ListPageReader } from './department-list-page';
import { scanListPage, type ByteRange, type ScannedRecord } from './list-page-scanner';
import type { Identified } from './sort-order';

/** The bytes of a record as its department sent them, when they can be handed on unchanged. */
export const RECORD_BYTES = Symbol('record bytes');

/** A list record: parsed, or light (its `id`, its sort field and its bytes). */
export interface SplicedRecord extends Identified {
  readonly [RECORD_BYTES]?: Buffer;
}

/** The reader of pages sorted by `sortField`. */
export function scannedListPages(sortField: string): ListPageReader<SplicedRecord> {
  return (department, response, cursorParameter) => scannedListPage(department, response, cursorParameter, sortField);
}

function scannedListPage(
  department: string,
  response: DepartmentResponse,
  cursorParameter: string,
  sortField: string,
): FetchedListPage<SplicedRecord> {
  const body = response.body;
  const scanned = scanListPage(body, 'id', sortField);
  if (typeof scanned === 'string') return parsedListPage(department, response, cursorParameter);
  const envelope: ListEnvelope<SplicedRecord> = {
    data: scanned.records.map((record) => recordOf(body, record, sortField)),
    meta: parsedRange(body, scanned.meta) as ListEnvelope<SplicedRecord>['meta'],
    links: parsedRange(body, scanned.links) as ListEnvelope<SplicedRecord>['links'],
  };
  return listPageOf(department, envelope, cursorParameter);
}

function recordOf(body: Buffer, record: ScannedRecord, sortField: string): SplicedRecord {
  const { start, end } = record;
  // An `id` that is not a string, or a sort value that is an object or array, is as rare as it is
  // odd: the parsed record keeps every comparison exactly what the parse path makes of it.
  if (!record.canonical || body[record.idStart] !== 0x22 || isComposite(body[record.sortStart])) {
    return JSON.parse(body.toString('utf8', start, end)) as SplicedRecord;
  }
  const light: Record<string | symbol, unknown> = { id: valueAt(body, record.idStart, record.idEnd) };
  // Absent stays absent: `sortValueOf` reads a missing member as missing, like the parsed record's.
  if (record.sortStart !== -1) light[sortField] = valueAt(body, record.sortStart, record.sortEnd);
  light[RECORD_BYTES] = body.subarray(start, end);
  return light as unknown as SplicedRecord;
}

function isComposite(first: number | undefined): boolean {
  return first === 0x7b || first === 0x5b;
}

/** A string, number or literal token's value, as JSON.parse gives it. */
function valueAt(body: Buffer, start: number, end: number): unknown {
  const first = body[start];
  if (first === 0x22) {
    for (let p = start + 1; p < end - 1; p++) if (body[p] === 0x5c) return JSON.parse(body.toString('utf8', start, end));
    return body.toString('utf8', start + 1, end - 1);
  }
  if (first === 0x74) return true;
  if (first === 0x66) return false;
  if (first === 0x6e) return null;
  return Number(body.toString('latin1', start, end));
}

function parsedRange(body: Buffer, range: ByteRange | undefined): unknown {
  return range === undefined ? undefined : JSON.parse(body.toString('utf8', range.start, range.end));
}
